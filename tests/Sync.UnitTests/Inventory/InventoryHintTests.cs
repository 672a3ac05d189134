using Sync.Application.Inventory;
using static Sync.UnitTests.Inventory.InventoryWorld;

namespace Sync.UnitTests.Inventory;

public sealed class InventoryHintTests
{
    private readonly InventoryWorld world = new();

    [Fact]
    [Trait("Rule", "INV-8")]
    public async Task INV8_a_pos_hint_marks_the_product_and_schedules_one_flush_after_the_coalescing_window()
    {
        await world.Handler().HandleAsync(world.PosHint(Tee), CancellationToken.None);

        var (flush, notBefore) = Assert.Single(world.Scheduled);
        Assert.Equal(InventoryFlush.EventType, flush.EventType);
        Assert.Equal($"xseries:product:{Tee}", flush.EntityKey);
        Assert.Equal(world.Clock.GetUtcNow() + world.Settings.CoalescingWindow, notBefore);
        Assert.True(world.Marks.Marks.ContainsKey(Tee));
        Assert.Empty(world.EcomWrites);
    }

    [Fact]
    [Trait("Rule", "INV-8")]
    public async Task INV8_a_burst_of_hints_run_twice_and_concurrently_schedules_a_single_flush()
    {
        var handler = world.Handler();
        await handler.HandleAsync(world.PosHint(Tee, "k1"), CancellationToken.None);
        await handler.HandleAsync(world.PosHint(Tee, "k1"), CancellationToken.None);
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => handler.HandleAsync(world.PosHint(Tee, $"k{i}"), CancellationToken.None)));

        Assert.Single(world.Scheduled);
    }

    [Fact]
    [Trait("Rule", "INV-8")]
    public async Task INV8_a_hint_after_the_flush_started_makes_a_new_flush()
    {
        world.SetStock(Tee, Main, 3);
        var handler = world.Handler();
        await handler.HandleAsync(world.PosHint(Tee, "k1"), CancellationToken.None);
        await handler.HandleAsync(world.Scheduled[0].Envelope, CancellationToken.None);
        await handler.HandleAsync(world.PosHint(Tee, "k2"), CancellationToken.None);

        Assert.Equal(2, world.Scheduled.Count);
    }

    [Fact]
    [Trait("Rule", "INV-8")]
    public async Task INV8_a_mark_whose_flush_was_lost_is_taken_over_by_the_next_hint()
    {
        var handler = world.Handler();
        await handler.HandleAsync(world.PosHint(Tee, "k1"), CancellationToken.None);
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        await handler.HandleAsync(world.PosHint(Tee, "k2"), CancellationToken.None);

        Assert.Equal(2, world.Scheduled.Count);
    }

    [Fact]
    public async Task Ecom_product_events_other_than_changes_are_acknowledged_without_calls()
    {
        var deleted = world.EcomProductUpdated(MugProduct) with { EventType = "product.deleted" };

        await world.Handler().HandleAsync(deleted, CancellationToken.None);

        Assert.Empty(world.EcomClient.Invocations);
        Assert.Empty(world.Pos.Invocations);
    }
}
