using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using Sync.Platforms.Ecom.Wire;
using Sync.Platforms.Http;

namespace Sync.Platforms.Ecom;

internal sealed partial class EcomClient(HttpClient http, IOptions<EcomOptions> options) : Application.Platforms.Ecom.IEcomClient
{
    private const int PageLimit = 100;
    private static readonly EcomJsonContext Json = EcomJsonContext.Default;
    private readonly string store = $"/api/v3/{Uri.EscapeDataString(options.Value.StoreId)}";

    private HttpRequestMessage Request(HttpMethod method, string template, string path, HttpContent? content = null) =>
        ApiEndpoint.Request(method, $"/api/v3/{{storeId}}{template}", store + path, content);

    /// <summary>Offset paging, <c>limit</c> 100, until a short page.</summary>
    private async IAsyncEnumerable<T> PageAsync<T>(string template, string path, JsonTypeInfo<EPage<T>> type,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var separator = path.Contains('?') ? '&' : '?';
        for (var offset = 0; ; offset += PageLimit)
        {
            var page = await http.SendAsync(Request(HttpMethod.Get, template, $"{path}{separator}offset={offset}&limit={PageLimit}"), type, cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item;
            }
            if (page.Items.Count < PageLimit || offset + page.Count >= page.Total)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Ecwid answers a PUT with <c>updateCount</c>; 0 means it changed nothing. Then the entity is read again: the write counts
    /// only if eCom already holds it (a retried write, a concurrent equal one), never by default.
    /// </summary>
    private async Task<bool> PutAsync(HttpRequestMessage request, Func<CancellationToken, Task<bool>> holds, CancellationToken cancellationToken)
    {
        var answer = await http.SendAsync(request, Json.EUpdated, cancellationToken);
        return answer.UpdateCount > 0 || await holds(cancellationToken);
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
