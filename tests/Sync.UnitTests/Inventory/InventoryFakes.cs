using Sync.Application.Processing;
using System.Collections.Concurrent;
using Sync.Application.Inventory;
using Sync.Rules.Inventory;

namespace Sync.UnitTests.Inventory;

/// <summary>In-memory state stores with the same contracts as the Table stores (insert-if-absent, upserts).</summary>
internal sealed class FakeLinks : ICatalogueLinks
{
    private readonly ConcurrentDictionary<string, CatalogueLink> bySku = new();

    public void Add(CatalogueLink link) => bySku[link.Sku] = link;

    public void Clear() => bySku.Clear();

    public Task<CatalogueLink?> ForPosProductAsync(string posProductId, CancellationToken cancellationToken) =>
        Task.FromResult(bySku.Values.FirstOrDefault(l => l.PosProductId == posProductId));

    public Task<IReadOnlyList<CatalogueLink>> ForEcomProductAsync(long ecomProductId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CatalogueLink>>(bySku.Values.Where(l => l.EcomProductId == ecomProductId).ToList());

    public IAsyncEnumerable<CatalogueLink> AllAsync(CancellationToken cancellationToken) => bySku.Values.ToList().ToAsyncEnumerable();

    public Task SaveAsync(CatalogueLink link, CancellationToken cancellationToken)
    {
        bySku[link.Sku] = link;
        return Task.CompletedTask;
    }
}

internal sealed class FakeDirtyMarks : IDirtyMarks
{
    public ConcurrentDictionary<string, DateTimeOffset> Marks { get; } = new();

    public Task<bool> TryMarkAsync(string posProductId, DateTimeOffset now, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        if (Marks.TryAdd(posProductId, now))
        {
            return Task.FromResult(true);
        }

        var markedAt = Marks[posProductId];
        return Task.FromResult(now - markedAt > staleAfter && Marks.TryUpdate(posProductId, now, markedAt));
    }

    public Task ClearAsync(string posProductId, CancellationToken cancellationToken)
    {
        Marks.TryRemove(posProductId, out _);
        return Task.CompletedTask;
    }
}

internal sealed class FakeWrittenLevels : IWrittenLevels
{
    public ConcurrentDictionary<string, WrittenLevel> Levels { get; } = new();

    public Task<WrittenLevel?> GetAsync(string sku, CancellationToken cancellationToken) => Task.FromResult(Levels.GetValueOrDefault(sku));

    public Task<bool> TrySetAsync(string sku, WrittenLevel level, WrittenLevel? seen, CancellationToken cancellationToken)
    {
        Levels[sku] = level;
        return Task.FromResult(true);
    }

    public Task ForgetAsync(string sku, CancellationToken cancellationToken)
    {
        Levels.TryRemove(sku, out _);
        return Task.CompletedTask;
    }
}

internal sealed class FakePosLevels : IPosLevels
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<OutletLevel>> levels = new();

    public Task<IReadOnlyList<OutletLevel>> GetAsync(string posProductId, CancellationToken cancellationToken) =>
        Task.FromResult(levels.GetValueOrDefault(posProductId) ?? []);

    public Task MergeAsync(string posProductId, IReadOnlyList<OutletLevel> rows, CancellationToken cancellationToken)
    {
        levels.AddOrUpdate(posProductId, rows, (_, old) => old.Where(o => rows.All(r => r.OutletId != o.OutletId)).Concat(rows).ToList());
        return Task.CompletedTask;
    }
}

internal sealed class FakeCursors : IReadCursors
{
    public ConcurrentDictionary<string, long> Values { get; } = new();

    public Task<long?> GetAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(Values.TryGetValue(name, out var value) ? value : (long?)null);

    public Task SetAsync(string name, long value, CancellationToken cancellationToken)
    {
        Values[name] = value;
        return Task.CompletedTask;
    }
}

internal sealed class FakeReservations : IReservations
{
    private readonly ConcurrentDictionary<(string Order, string Sku), int> rows = new();

    public Task ReserveAsync(string orderNumber, IReadOnlyList<ReservedLine> lines, CancellationToken cancellationToken)
    {
        foreach (var line in lines.GroupBy(l => l.Sku))
        {
            rows[(orderNumber, line.Key)] = line.Sum(l => l.Quantity);
        }

        return Task.CompletedTask;
    }

    public Task ReleaseAsync(string orderNumber, CancellationToken cancellationToken)
    {
        foreach (var key in rows.Keys.Where(k => k.Order == orderNumber))
        {
            rows.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }

    public Task<int> ReservedAsync(string sku, CancellationToken cancellationToken) =>
        Task.FromResult(rows.Where(r => r.Key.Sku == sku).Sum(r => r.Value));

    public Task<bool> HoldsAsync(string orderNumber, CancellationToken cancellationToken) =>
        Task.FromResult(rows.Keys.Any(k => k.Order == orderNumber));
}

internal sealed class FakeReports : IInventoryReports
{
    public List<InventoryReport> Saved { get; } = [];

    public Task SaveAsync(InventoryReport report, CancellationToken cancellationToken)
    {
        Saved.Add(report);
        return Task.CompletedTask;
    }

    public Task<InventoryReport?> LatestAsync(CancellationToken cancellationToken) => Task.FromResult(Saved.LastOrDefault());
}
