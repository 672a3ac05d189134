namespace Sync.Platforms.Ecom.Wire;

internal sealed record EPage<T>(int Total, int Count, int Offset, int Limit, IReadOnlyList<T> Items);

internal sealed record EUpdated(int UpdateCount);
