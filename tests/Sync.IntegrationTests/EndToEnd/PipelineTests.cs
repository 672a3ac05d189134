using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sync.Application.Events;
using Sync.Application.Processing;
using Sync.Infrastructure.State;

namespace Sync.IntegrationTests.EndToEnd;

/// <summary>From webhook to queue to handler through the dev host, on a real Azurite.</summary>
public sealed class PipelineTests
{
    [Fact]
    public async Task The_same_signed_webhook_posted_three_times_concurrently_is_recorded_once()
    {
        await using var host = await RunningDevHost.StartAsync();
        var original = SignedWebhooks.Ecom("order.created", "1001", eventId: "evt-1");
        var copies = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SignedWebhooks.CloneAsync(original)));

        var responses = await Task.WhenAll(copies.Select(c => host.Http.SendAsync(c)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await Eventually.HoldsAsync(async () => await host.QueuedAsync(Queues.Orders) == 0 && await host.ProcessedEventsAsync() == 1, "the three deliveries are applied");
        Assert.Equal(1, await host.CountAsync(TableNames.Audit, "Action eq 'event.applied'"));
    }

    [Fact]
    public async Task A_hundred_webhooks_each_delivered_three_times_in_parallel_yield_a_hundred_recorded_events()
    {
        // The pipeline alone: the concern handlers would call platforms this host has none of (and schedule flushes).
        await using var host = await RunningDevHost.StartAsync();
        var originals = Enumerable.Range(0, 100)
            .Select(i => i % 2 == 0 ? SignedWebhooks.XSeriesInventory($"p-{i}", i) : SignedWebhooks.Ecom("order.updated", $"{i}", eventId: $"evt-{i}"))
            .ToList();
        var deliveries = new List<HttpRequestMessage>();
        foreach (var original in originals)
        {
            deliveries.AddRange(await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => SignedWebhooks.CloneAsync(original))));
        }

        var responses = await Task.WhenAll(deliveries.Select(d => host.Http.SendAsync(d)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await Eventually.HoldsAsync(async () => await host.ProcessedEventsAsync() == 100, "a hundred events are recorded");
        await Eventually.HoldsAsync(
            async () => await host.QueuedAsync(Queues.Inventory) + await host.QueuedAsync(Queues.Orders) == 0, "the queues drain");
        Assert.Equal(100, await host.ProcessedEventsAsync());
        Assert.Equal(100, await host.CountAsync(TableNames.Audit, "Action eq 'event.applied'"));
    }

    [Fact]
    public async Task ALL2_a_message_whose_handler_always_fails_is_parked_with_its_error_and_can_be_replayed()
    {
        var handler = new SwitchableHandler();
        await using var host = await RunningDevHost.StartAsync(
            ["--AzureFunctionsJobHost:extensions:queues:maxDequeueCount=3", "--AzureFunctionsJobHost:extensions:queues:visibilityTimeout=00:00:00"],
            services => services.AddSingleton<IEventHandler>(handler));

        Assert.Equal(HttpStatusCode.OK, (await host.Http.SendAsync(SignedWebhooks.Ecom("order.created", "77", eventId: "evt-poison"))).StatusCode);

        JsonElement parked = default;
        await Eventually.HoldsAsync(
            async () => (parked = await host.Http.GetFromJsonAsync<JsonElement>("/api/ops/parked")).GetArrayLength() == 1,
            "the message is parked");
        Assert.Equal("ecom-evt-poison", parked[0].GetProperty("id").GetString());
        Assert.Equal("InvalidOperationException: POS is down", parked[0].GetProperty("reason").GetString());
        Assert.Equal(3, handler.Attempts);
        Assert.Equal(0, await host.ProcessedEventsAsync());

        handler.Fail = false;
        var replay = await host.Http.PostAsync("/api/ops/parked/orders/ecom-evt-poison/replay", null);

        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        await Eventually.HoldsAsync(async () => await host.ProcessedEventsAsync() == 1, "the replayed message is applied");
        Assert.Equal(0, (await host.Http.GetFromJsonAsync<JsonElement>("/api/ops/parked")).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.PostAsync("/api/ops/parked/orders/ecom-evt-poison/replay", null)).StatusCode);
    }

    [Fact]
    public async Task A_payload_too_large_for_a_queue_message_travels_by_claim_check_and_is_applied()
    {
        await using var host = await RunningDevHost.StartAsync();

        var response = await host.Http.SendAsync(SignedWebhooks.XSeriesInventory("p-big", 1, padding: new string('x', 150_000)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.HoldsAsync(async () => await host.ProcessedEventsAsync() == 1, "the large event is applied");
    }

    [Fact]
    public async Task The_housekeeping_timer_runs_on_its_schedule_and_forgets_old_processed_events()
    {
        await using var host = await RunningDevHost.StartAsync(["--HOUSEKEEPING_SCHEDULE=*/1 * * * * *", "--Sync:Retention:ProcessedEvents=00:00:00"]);

        await host.Http.SendAsync(SignedWebhooks.XSeriesInventory("p-1", 1));

        await Eventually.HoldsAsync(
            async () => await host.CountAsync(TableNames.Audit, "Action eq 'event.applied'") == 1 && await host.ProcessedEventsAsync() == 0,
            "the event is applied, then purged by the timer");
    }

    private sealed class SwitchableHandler : IEventHandler
    {
        private int attempts;

        public bool Fail { get; set; } = true;

        public int Attempts => attempts;

        public Concern Concern => Concern.Orders;

        public Task HandleAsync(EventEnvelope envelope, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref attempts);
            return Fail ? throw new InvalidOperationException("POS is down") : Task.CompletedTask;
        }
    }
}
