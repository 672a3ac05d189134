using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Sync.Application.Audit;
using Sync.Application.Events;
using Sync.Application.Processing;
using Sync.Infrastructure.State;

namespace Sync.IntegrationTests.Races;

/// <summary>The dispatcher's claim on an event key in <c>SyncEvents</c> on a real Azurite, with copies of one delivery run at once.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DispatcherClaimRaceTests(AzuriteFixture azurite)
{
    private TableServiceClient Tables => new(azurite.ConnectionString);

    [Fact]
    public async Task Three_copies_of_one_delivery_dispatched_at_once_run_the_handlers_once()
    {
        var handler = new ConcurrentHandler(expected: 3);
        var envelope = Envelope();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Dispatcher(handler).DispatchAsync(envelope, CancellationToken.None))));

        Assert.Equal(1, handler.Runs);
    }

    [Fact]
    public async Task A_copy_waits_while_the_first_run_fails_then_applies_the_event_itself()
    {
        var handler = new ConcurrentHandler(expected: 2);
        var failOnce = 1;
        handler.During = () => Interlocked.Exchange(ref failOnce, 0) == 1 ? throw new InvalidOperationException("POS answered 503") : Task.CompletedTask;
        var envelope = Envelope();

        var runs = Enumerable.Range(0, 2).Select(_ => Task.Run(() => Dispatcher(handler).DispatchAsync(envelope, CancellationToken.None))).ToList();
        await Assert.ThrowsAsync<InvalidOperationException>(() => Task.WhenAll(runs));

        Assert.Equal(1, runs.Count(r => r.IsFaulted));
        Assert.Equal(2, handler.Runs);
        Assert.IsType<EventClaim.Applied>(await new ProcessedEventStore(Tables, TimeProvider.System).TryClaimAsync(envelope.EventKey, TimeSpan.FromMinutes(1), default));
    }

    [Fact]
    public async Task The_claim_of_a_run_that_crashed_expires_and_the_redelivery_applies_the_event()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var envelope = Envelope();
        var crashed = await new ProcessedEventStore(Tables, clock).TryClaimAsync(envelope.EventKey, new DispatchOptions().ClaimFor, default);
        Assert.IsType<EventClaim.Claimed>(crashed);

        clock.Advance(new DispatchOptions().ClaimFor + TimeSpan.FromSeconds(1));
        var handler = new ConcurrentHandler(expected: 1);
        await Dispatcher(handler, clock).DispatchAsync(envelope, CancellationToken.None);

        Assert.Equal(1, handler.Runs);
        await Dispatcher(handler, clock).DispatchAsync(envelope, CancellationToken.None);
        Assert.Equal(1, handler.Runs);
    }

    [Fact]
    public async Task A_copy_that_waits_longer_than_its_bound_for_a_live_claim_fails_its_delivery_without_running_the_handlers()
    {
        var envelope = Envelope();
        Assert.IsType<EventClaim.Claimed>(await new ProcessedEventStore(Tables, TimeProvider.System).TryClaimAsync(envelope.EventKey, TimeSpan.FromMinutes(5), default));
        var handler = new ConcurrentHandler(expected: 1);
        var options = new DispatchOptions { WaitFor = TimeSpan.FromMilliseconds(300), PollEvery = TimeSpan.FromMilliseconds(50) };

        await Assert.ThrowsAsync<InvalidOperationException>(() => Dispatcher(handler, options: options).DispatchAsync(envelope, CancellationToken.None));

        Assert.Equal(0, handler.Runs);
    }

    private EventDispatcher Dispatcher(IEventHandler handler, TimeProvider? clock = null, DispatchOptions? options = null) => new(
        [handler], new ProcessedEventStore(Tables, clock ?? TimeProvider.System), Mock.Of<IFailureLog>(), Mock.Of<IAuditLog>(),
        Options.Create(options ?? new DispatchOptions()), clock ?? TimeProvider.System, NullLogger<EventDispatcher>.Instance);

    private static EventEnvelope Envelope() => new(
        Platform.XSeries, "inventory.update", Concern.Inventory, "xseries:product:p-1", $"xseries-{Guid.NewGuid():N}",
        DateTimeOffset.UtcNow, "corr", """{"product_id":"p-1"}""");
}
