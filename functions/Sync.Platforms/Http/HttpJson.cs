using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;

namespace Sync.Platforms.Http;

/// <summary>Send-and-read helpers; error bodies are never logged or surfaced (they may echo customer data).</summary>
internal static class HttpJson
{
    public static async Task<T> SendAsync<T>(this HttpClient http, HttpRequestMessage request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using (request)
        using (var response = await http.SendAsync(request, cancellationToken))
        {
            response.EnsureSuccessStatusCode();
            return await ReadAsync(response, type, cancellationToken);
        }
    }

    public static async Task<T?> SendOrDefaultAsync<T>(this HttpClient http, HttpRequestMessage request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using (request)
        using (var response = await http.SendAsync(request, cancellationToken))
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return default;
            }
            response.EnsureSuccessStatusCode();
            return await ReadAsync(response, type, cancellationToken);
        }
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken) =>
        await response.Content.ReadFromJsonAsync(type, cancellationToken)
            ?? throw new HttpRequestException($"Empty body from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}");
}
