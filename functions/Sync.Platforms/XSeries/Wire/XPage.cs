namespace Sync.Platforms.XSeries.Wire;

/// <summary>A 2.0 page. The schema requires neither member; an empty page carries no <c>version</c>, and others may not.</summary>
internal sealed record XPage<T>(IReadOnlyList<T>? Data, XVersionRange? Version);

internal sealed record XVersionRange(long Min, long Max);

internal sealed record XData<T>(T Data);

/// <summary>An unversioned list; the schemas require no <c>data</c>, so an empty list may come without one.</summary>
internal sealed record XList<T>(IReadOnlyList<T>? Data)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<T> Items => Data ?? [];
}
