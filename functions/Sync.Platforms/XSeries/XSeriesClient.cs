using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Http;
using Sync.Platforms.XSeries.Wire;

namespace Sync.Platforms.XSeries;

internal sealed partial class XSeriesClient(HttpClient http, ILogger<XSeriesClient> logger) : IXSeriesClient
{
    private const int DefaultPageSize = 1000;
    private static readonly XSeriesJsonContext Json = XSeriesJsonContext.Default;

    /// <summary>Follows <c>version.max</c> until an empty page.</summary>
    private async IAsyncEnumerable<T> PageAsync<T>(
        string template, string path, long afterVersion, int pageSize, JsonTypeInfo<XPage<T>> type,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var separator = path.Contains('?') ? '&' : '?';
        for (var after = afterVersion; ;)
        {
            var request = ApiEndpoint.Request(HttpMethod.Get, template, $"{path}{separator}after={after}&page_size={pageSize}");
            var page = await http.SendAsync(request, type, cancellationToken);
            if (page.Data.Count == 0 || page.Version is null)
            {
                yield break;
            }
            foreach (var item in page.Data)
            {
                yield return item;
            }
            after = page.Version.Max;
        }
    }

    private async Task<IReadOnlyList<TOut>> AllAsync<TIn, TOut>(string path, JsonTypeInfo<XPage<TIn>> type, Func<TIn, TOut> map, CancellationToken cancellationToken)
    {
        var items = new List<TOut>();
        await foreach (var item in PageAsync(path, path, 0, DefaultPageSize, type, cancellationToken))
        {
            items.Add(map(item));
        }
        return items;
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
