using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
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
        processed.Setup(p => p.TryAddAsync(It.IsAny<ProcessedEvent>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
    }

    private EventDispatcher Dispatcher() => new(
        [inventory.Object, orders.Object], processed.Object, failures.Object, audit.Object, new FakeTimeProvider(), NullLogger<EventDispatcher>.Instance);

    [Fact]
    public async Task A_new_event_goes_to_the_handlers_of_its_concern_only_and_is_recorded_and_audited()
    {
        await Dispatcher().DispatchAsync(Envelopes.Inventory(), CancellationToken.None);

        inventory.Verify(h => h.HandleAsync(It.IsAny<EventEnvelope>(), It.IsAny<CancellationToken>()), Times.Once);
        orders.Verify(h => h.HandleAsync(It.IsAny<EventEnvelope>(), It.IsAny<CancellationToken>()), Times.Never);
        processed.Verify(p => p.TryAddAsync(It.Is<ProcessedEvent>(e => e.EventKey == "xseries-abc"), It.IsAny<CancellationToken>()), Times.Once);
        audit.Verify(a => a.WriteAsync(It.Is<AuditEntry>(e => e.Action == "event.applied" && e.EventKey == "xseries-abc"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task An_event_applied_before_is_skipped()
    {
        processed.Setup(p => p.ContainsAsync("xseries-abc", It.IsAny<CancellationToken>())).ReturnsAsync(true);

        await Dispatcher().DispatchAsync(Envelopes.Inventory(), CancellationToken.None);

        inventory.Verify(h => h.HandleAsync(It.IsAny<EventEnvelope>(), It.IsAny<CancellationToken>()), Times.Never);
        audit.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_concurrent_twin_that_records_first_leaves_a_single_audit_entry()
    {
        processed.Setup(p => p.TryAddAsync(It.IsAny<ProcessedEvent>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);

        await Dispatcher().DispatchAsync(Envelopes.Inventory(), CancellationToken.None);

        audit.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_failing_handler_records_its_error_escapes_and_leaves_the_event_unrecorded()
    {
        inventory.Setup(h => h.HandleAsync(It.IsAny<EventEnvelope>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("POS answered 503"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Dispatcher().DispatchAsync(Envelopes.Inventory(), CancellationToken.None));

        failures.Verify(f => f.RecordAsync("xseries-abc", "InvalidOperationException: POS answered 503", It.IsAny<CancellationToken>()), Times.Once);
        processed.Verify(p => p.TryAddAsync(It.IsAny<ProcessedEvent>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
