using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Options;
using Moq;
using Sync.Application.Audit;
using Sync.Application.Events;
using Sync.Application.Processing;

namespace Sync.UnitTests.Processing;

public sealed class EventDispatcherTests
{
    private readonly Mock<IEventHandler> inventory = new();
    private readonly Mock<IEventHandler> orders = new();
    private readonly Mock<IProcessedEvents> processed = new();
    private readonly Mock<IFailureLog> failures = new();
    private readonly Mock<IAuditLog> audit = new();

    public EventDispatcherTests()
    {
        inventory.SetupGet(h => h.Concern).Returns(Concern.Inventory);
        orders.SetupGet(h => h.Concern).Returns(Concern.Orders);
        processed.Setup(p => p.TryClaimAsync(It.IsAny<string>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string key, TimeSpan _, CancellationToken _) => new EventClaim.Claimed(key, "v1"));
        processed.Setup(p => p.CompleteAsync(It.IsAny<EventClaim.Claimed>(), It.IsAny<ProcessedEvent>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
    }

    private EventDispatcher Dispatcher() => new(
        [inventory.Object, orders.Object], processed.Object, failures.Object, audit.Object, Options.Create(new DispatchOptions()), new FakeTimeProvider(),
        NullLogger<EventDispatcher>.Instance);

    [Fact]
    public async Task A_new_event_goes_to_the_handlers_of_its_concern_only_and_is_recorded_and_audited()
    {
        await Dispatcher().DispatchAsync(Envelopes.Inventory(), CancellationToken.None);

        inventory.Verify(h => h.HandleAsync(It.IsAny<EventEnvelope>(), It.IsAny<CancellationToken>()), Times.Once);
        orders.Verify(h => h.HandleAsync(It.IsAny<EventEnvelope>(), It.IsAny<CancellationToken>()), Times.Never);
        processed.Verify(p => p.CompleteAsync(It.IsAny<EventClaim.Claimed>(), It.Is<ProcessedEvent>(e => e.EventKey == "xseries-abc"), It.IsAny<CancellationToken>()),
            Times.Once);
        audit.Verify(a => a.WriteAsync(It.Is<AuditEntry>(e => e.Action == "event.applied" && e.EventKey == "xseries-abc"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task An_event_applied_before_is_skipped()
    {
        processed.Setup(p => p.TryClaimAsync("xseries-abc", It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ReturnsAsync(new EventClaim.Applied());

        await Dispatcher().DispatchAsync(Envelopes.Inventory(), CancellationToken.None);

        inventory.Verify(h => h.HandleAsync(It.IsAny<EventEnvelope>(), It.IsAny<CancellationToken>()), Times.Never);
        audit.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_run_whose_claim_was_taken_over_leaves_the_audit_entry_to_the_run_that_took_it()
    {
        processed.Setup(p => p.CompleteAsync(It.IsAny<EventClaim.Claimed>(), It.IsAny<ProcessedEvent>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);

        await Dispatcher().DispatchAsync(Envelopes.Inventory(), CancellationToken.None);

        audit.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_failing_handler_records_its_error_escapes_gives_its_claim_up_and_leaves_the_event_unrecorded()
    {
        inventory.Setup(h => h.HandleAsync(It.IsAny<EventEnvelope>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("POS answered 503"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Dispatcher().DispatchAsync(Envelopes.Inventory(), CancellationToken.None));

        failures.Verify(f => f.RecordAsync("xseries-abc", "InvalidOperationException: POS answered 503", It.IsAny<CancellationToken>()), Times.Once);
        processed.Verify(p => p.ReleaseAsync(new EventClaim.Claimed("xseries-abc", "v1"), It.IsAny<CancellationToken>()), Times.Once);
        processed.Verify(p => p.CompleteAsync(It.IsAny<EventClaim.Claimed>(), It.IsAny<ProcessedEvent>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
