using System.Net.Http.Json;
using System.Text.Json;
using Sync.Application.Settings;

namespace Sync.IntegrationTests.EndToEnd;

/// <summary>The settings endpoint as an operator uses it: GET the document and its ETag, PUT it back with If-Match.</summary>
internal static class SettingsApi
{
    public static async Task<(SyncSettings Settings, string Version)> GetAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/api/ops/settings");
        response.EnsureSuccessStatusCode();
        var settings = await response.Content.ReadFromJsonAsync<SyncSettings>(JsonSerializerOptions.Web);
        return (settings!, response.Headers.ETag!.ToString());
    }

    public static Task<HttpResponseMessage> PutAsync(HttpClient http, SyncSettings settings, string? version) =>
        PutRawAsync(http, JsonSerializer.Serialize(settings, JsonSerializerOptions.Web), version);

    public static Task<HttpResponseMessage> PutRawAsync(HttpClient http, string body, string? version)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/ops/settings")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        if (version is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", version);
        }

        return http.SendAsync(request);
    }
}
