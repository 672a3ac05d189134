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

    /// <summary>
    /// 2.0 paging: every page's <c>data</c> counts, with or without a <c>version</c> (the schema makes it optional). Asks again
    /// after <c>version.max</c>, and stops on an empty page, on a page shorter than an earlier one (the last, so no trailing
    /// empty request), or when there is no version to continue from. A full page with nothing to continue from may have more
    /// behind it: that read is incomplete and throws rather than pass for the whole (ALL-4).
    /// </summary>
    private async IAsyncEnumerable<XPage<T>> PagesAsync<T>(
        string template, string path, long afterVersion, int pageSize, JsonTypeInfo<XPage<T>> type,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var separator = path.Contains('?') ? '&' : '?';
        var longest = 0;
        for (var after = afterVersion; ;)
        {
            var request = ApiEndpoint.Request(HttpMethod.Get, template, $"{path}{separator}after={after}&page_size={pageSize}");
            var page = await http.SendAsync(request, type, cancellationToken);
            var data = page.Data ?? [];
            if (data.Count == 0)
            {
                yield break;
            }
            yield return page;
            if (data.Count < longest)
            {
                yield break;
            }
            if (page.Version is null)
            {
                if (data.Count >= pageSize)
                {
                    throw new IncompleteReadException($"GET {template} gave a full page with no version to continue from: the rest cannot be read.");
                }
                yield break;
            }
            longest = Math.Max(longest, data.Count);
            after = page.Version.Max;
        }
    }

    private async Task<IReadOnlyList<TOut>> AllAsync<TIn, TOut>(string path, JsonTypeInfo<XPage<TIn>> type, Func<TIn, TOut> map, CancellationToken cancellationToken)
    {
        var items = new List<TOut>();
        await foreach (var page in PagesAsync(path, path, 0, DefaultPageSize, type, cancellationToken))
        {
            items.AddRange(page.Data!.Select(map));
        }
        return items;
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
