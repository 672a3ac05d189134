using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Sync.Application.Audit;
using Sync.Application.Events;
using Sync.Application.Messaging;
using Sync.Application.Parking;
using Sync.Application.Processing;

namespace Sync.UnitTests.Parking;

public sealed class MessageParkingTests
{
    private readonly Mock<IParkedMessages> parked = new();
    private readonly Mock<IFailureLog> failures = new();
    private readonly Mock<IEventQueue> queue = new();
    private readonly MessageCodec codec = new(Mock.Of<IClaimCheck>());
    private readonly MessageParking parking;

    public MessageParkingTests() =>
        parking = new MessageParking(parked.Object, failures.Object, queue.Object, codec, Mock.Of<IAuditLog>(), new FakeTimeProvider(), NullLogger<MessageParking>.Instance);

    [Fact]
    public async Task ALL2_a_poisoned_message_is_parked_whole_with_its_last_recorded_error()
    {
        var message = await codec.EncodeAsync(Envelopes.Inventory(), CancellationToken.None);
        failures.Setup(f => f.LastErrorAsync("xseries-abc", It.IsAny<CancellationToken>())).ReturnsAsync("HttpRequestException: 503");

        await parking.ParkAsync(Concern.Inventory, message, "MaxDeliveryCountExceeded", CancellationToken.None);

        parked.Verify(p => p.SaveAsync(
            It.Is<ParkedMessage>(m => m.Id == "xseries-abc" && m.Message == message && m.Reason == "HttpRequestException: 503" && m.Concern == Concern.Inventory),
            It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task ALL2_without_a_recorded_error_the_transport_reason_is_kept()
    {
        var message = await codec.EncodeAsync(Envelopes.Inventory(), CancellationToken.None);

        await parking.ParkAsync(Concern.Inventory, message, "TTLExpiredException: expired", CancellationToken.None);

        parked.Verify(p => p.SaveAsync(It.Is<ParkedMessage>(m => m.Reason == "TTLExpiredException: expired"), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task ALL2_an_unreadable_message_is_parked_too_never_dropped()
    {
        await parking.ParkAsync(Concern.Orders, "garbage", null, CancellationToken.None);

        parked.Verify(p => p.SaveAsync(
            It.Is<ParkedMessage>(m => m.Message == "garbage" && m.Id.StartsWith("unreadable-") && m.Reason.Contains("not a readable")),
            It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task ALL2_a_replayed_message_is_resent_past_duplicate_detection_then_unparked()
    {
        var envelope = Envelopes.Inventory();
        var message = await codec.EncodeAsync(envelope, CancellationToken.None);
        parked.Setup(p => p.GetAsync(Concern.Inventory, "xseries-abc", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ParkedMessage(Concern.Inventory, "xseries-abc", message, "boom", null, null, DateTimeOffset.UnixEpoch));

        Assert.Equal(ReplayResult.Replayed, await parking.ReplayAsync(Concern.Inventory, "xseries-abc", CancellationToken.None));

        queue.Verify(q => q.ResendAsync(envelope, It.IsAny<CancellationToken>()), Times.Once);
        failures.Verify(f => f.ForgetAsync("xseries-abc", It.IsAny<CancellationToken>()));
        parked.Verify(p => p.RemoveAsync(Concern.Inventory, "xseries-abc", It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task ALL2_an_unreadable_parked_message_is_kept_for_inspection_not_replayed()
    {
        parked.Setup(p => p.GetAsync(Concern.Orders, "u", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ParkedMessage(Concern.Orders, "u", "garbage", "unreadable", null, null, DateTimeOffset.UnixEpoch));

        Assert.Equal(ReplayResult.Unreadable, await parking.ReplayAsync(Concern.Orders, "u", CancellationToken.None));

        queue.VerifyNoOtherCalls();
        parked.Verify(p => p.RemoveAsync(It.IsAny<Concern>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Replaying_an_unknown_message_reports_not_found() =>
        Assert.Equal(ReplayResult.NotFound, await parking.ReplayAsync(Concern.Status, "nope", CancellationToken.None));
}
