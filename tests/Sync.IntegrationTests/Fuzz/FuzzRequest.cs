using System.Net.Http.Headers;

namespace Sync.IntegrationTests.Fuzz;

/// <summary>One generated delivery: where it goes, its raw body bytes, and its headers (signature, content type).</summary>
internal sealed record FuzzRequest(string Path, byte[] Body, string? ContentType, IReadOnlyList<(string Name, string Value)> Headers, string Kind)
{
    public HttpRequestMessage ToMessage()
    {
        var content = new ByteArrayContent(Body);
        if (ContentType is not null && MediaTypeHeaderValue.TryParse(ContentType, out var type))
        {
            content.Headers.ContentType = type;
        }

        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = content };
        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    public override string ToString()
    {
        var body = System.Text.Encoding.UTF8.GetString(Body);
        return $"{Kind} POST {Path} [{string.Join(", ", Headers.Select(h => $"{h.Name}: {h.Value}"))}] {(body.Length > 300 ? body[..300] + "…" : body)}";
    }
}
