namespace Sync.Platforms.Http;

/// <summary>Builds requests tagged with their route template, so metrics never carry raw ids.</summary>
internal static class ApiEndpoint
{
    public static readonly HttpRequestOptionsKey<string> Key = new("Sync.Platforms.Endpoint");

    public static HttpRequestMessage Request(HttpMethod method, string template, string uri, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Options.Set(Key, $"{method.Method} {template}");
        return request;
    }

    public static string Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var endpoint) ? endpoint : $"{request.Method.Method} (untemplated)";
}
