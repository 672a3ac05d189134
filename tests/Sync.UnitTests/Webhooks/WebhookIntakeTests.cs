using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Sync.Application.Events;
using Sync.Application.Messaging;
using Sync.Application.Webhooks;

namespace Sync.UnitTests.Webhooks;

public sealed class WebhookIntakeTests
{
    private const string XSeriesSecret = "xs-secret";
    private const string EcomSecret = "ec-secret";
    private readonly Mock<IEventQueue> queue = new();
    private readonly Mock<IOptionsMonitor<WebhookSecrets>> secrets = new();
    private readonly WebhookIntake intake;

    // Ten minutes after the signed test events were created.
    private FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(1700000000).AddMinutes(10));

    /// <summary>An OAuth app (it has a client id), whose X-Series deliveries are signed.</summary>
    public WebhookIntakeTests()
    {
        secrets.Setup(s => s.Get(WebhookIntake.XSeriesSecrets)).Returns(new WebhookSecrets { ClientId = "app", ClientSecret = XSeriesSecret });
        secrets.Setup(s => s.Get(WebhookIntake.EcomSecrets)).Returns(new WebhookSecrets { ClientSecret = EcomSecret, PreviousClientSecret = "ec-old" });
        intake = new WebhookIntake(queue.Object, secrets.Object, Options.Create(new WebhookOptions()), Clock, NullLogger<WebhookIntake>.Instance);
    }

    /// <summary>A store connected with a personal token: X-Series sends its deliveries unsigned.</summary>
    private void PersonalTokenStore(bool? signedWebhooks = null) =>
        secrets.Setup(s => s.Get(WebhookIntake.XSeriesSecrets))
            .Returns(new WebhookSecrets { ClientSecret = XSeriesSecret, SignedWebhooks = signedWebhooks });

    private static string InventoryForm(string productId = "p-1", int count = 3) =>
        "payload=" + Uri.EscapeDataString($$"""{"id":"row","product_id":"{{productId}}","outlet_id":"o-1","count":{{count}}}""");

    private Task<WebhookOutcome> PostXSeries(string body, string? signature, string? type = "inventory.update") =>
        intake.ReceiveXSeriesAsync(Encoding.UTF8.GetBytes(body), signature, type, "corr-1", CancellationToken.None);

    private Task<WebhookOutcome> PostEcom(string body, string? signature) =>
        intake.ReceiveEcomAsync(Encoding.UTF8.GetBytes(body), signature, "corr-2", CancellationToken.None);

    private static string EcomBody(string eventId = "e-1", string type = "order.created", long created = 1700000000) =>
        $$$"""{"eventId":"{{{eventId}}}","eventType":"{{{type}}}","eventCreated":{{{created}}},"storeId":1,"entityId":42,"data":{"orderId":"SHOP-XK45J"}}""";

    [Theory]
    [InlineData(-51 * 3600, false)]
    [InlineData(-49 * 3600, true)]
    [InlineData(9 * 60, true)]
    [InlineData(11 * 60, false)]
    public async Task A_signed_Ecwid_event_is_accepted_only_within_its_time_window_so_an_old_signature_cannot_be_replayed(long createdFromNow, bool accepted)
    {
        var created = Clock.GetUtcNow().ToUnixTimeSeconds() + createdFromNow;

        var outcome = await PostEcom(EcomBody(created: created), Signatures.Ecom(EcomSecret, created, "e-1"));

        Assert.Equal(accepted ? WebhookVerdict.Accepted : WebhookVerdict.Unauthorized, outcome.Verdict);
        queue.Verify(q => q.SendAsync(It.IsAny<EventEnvelope>(), It.IsAny<CancellationToken>()), accepted ? Times.Once() : Times.Never());
    }

    [Theory]
    [InlineData("{\"eventId\":\"\\ud800\",\"eventType\":\"order.created\",\"eventCreated\":1,\"entityId\":5}")]
    [InlineData("{\"eventId\":\"a\",\"eventType\":\"product.updated\",\"eventCreated\":1,\"entityId\":\"\\udfff\\ud800\"}")]
    public async Task An_Ecwid_body_with_a_lone_surrogate_is_malformed_before_any_signature_check(string body)
    {
        var outcome = await PostEcom(body, null);

        Assert.Equal(WebhookVerdict.Malformed, outcome.Verdict);
        Assert.Contains("not valid Unicode", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Ecwid_body_with_invalid_UTF8_in_a_string_is_malformed()
    {
        var body = Encoding.UTF8.GetBytes("""{"eventId":"XX","eventType":"order.created","eventCreated":1,"entityId":5}""");
        body[12] = 0xC3;
        body[13] = 0x28;

        var outcome = await intake.ReceiveEcomAsync(body, null, "corr", CancellationToken.None);

        Assert.Equal(WebhookVerdict.Malformed, outcome.Verdict);
    }

    [Fact]
    public async Task An_overlong_Ecwid_event_id_or_X_Series_entity_id_is_malformed_not_enqueued()
    {
        var eventId = new string('e', WebhookLimits.MaxIdLength + 1);
        var ecom = await PostEcom(EcomBody(eventId: eventId), Signatures.Ecom(EcomSecret, 1700000000, eventId));
        var form = InventoryForm(productId: new string('p', 60_000));
        var xseries = await PostXSeries(form, Signatures.XSeriesHex(XSeriesSecret, form));

        Assert.Equal((WebhookVerdict.Malformed, WebhookVerdict.Malformed), (ecom.Verdict, xseries.Verdict));
        Assert.Contains("longer than 128", ecom.Detail, StringComparison.Ordinal);
        queue.Verify(q => q.SendAsync(It.IsAny<EventEnvelope>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_signed_inventory_update_is_enqueued_on_the_inventory_queue_with_its_product_as_entity()
    {
        var body = InventoryForm();
        var outcome = await PostXSeries(body, Signatures.XSeriesHex(XSeriesSecret, body));

        Assert.Equal(WebhookVerdict.Accepted, outcome.Verdict);
        queue.Verify(q => q.SendAsync(
            It.Is<EventEnvelope>(e => e.Concern == Concern.Inventory && e.EntityKey == "xseries:product:p-1"
                && e.Source == Platform.XSeries && e.CorrelationId == "corr-1" && e.Payload.Contains("\"count\":3")),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task The_same_xseries_delivery_gets_the_same_event_key_and_a_different_one_another_key()
    {
        var first = InventoryForm(count: 3);
        var second = InventoryForm(count: 4);
        var a = await PostXSeries(first, Signatures.XSeriesHex(XSeriesSecret, first));
        var b = await PostXSeries(first, Signatures.XSeriesHex(XSeriesSecret, first));
        var c = await PostXSeries(second, Signatures.XSeriesHex(XSeriesSecret, second));

        Assert.Equal(a.Envelope!.EventKey, b.Envelope!.EventKey);
        Assert.NotEqual(a.Envelope.EventKey, c.Envelope!.EventKey);
    }

    [Fact]
    public async Task A_forged_xseries_webhook_is_unauthorized_and_never_reaches_a_queue()
    {
        var outcome = await PostXSeries(InventoryForm(), Signatures.XSeriesHex("forger", InventoryForm()));
        Assert.Equal(WebhookVerdict.Unauthorized, outcome.Verdict);
        queue.VerifyNoOtherCalls();
    }

    [Fact]
    [Trait("Rule", "ALL-6")]
    public async Task ALL6_an_unsigned_xseries_webhook_to_an_oauth_app_is_unauthorized_and_never_reaches_a_queue()
    {
        Assert.Equal(WebhookVerdict.Unauthorized, (await PostXSeries(InventoryForm(), null)).Verdict);
        queue.VerifyNoOtherCalls();
    }

    [Fact]
    [Trait("Rule", "ALL-6")]
    public async Task ALL6_an_unsigned_xseries_webhook_to_a_personal_token_store_is_accepted_its_url_key_having_authenticated_it()
    {
        PersonalTokenStore();

        Assert.Equal(WebhookVerdict.Accepted, (await PostXSeries(InventoryForm(), null)).Verdict);
        queue.Verify(q => q.SendAsync(It.IsAny<EventEnvelope>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    [Trait("Rule", "ALL-6")]
    public async Task ALL6_signed_webhooks_can_be_required_without_oauth_and_a_wrong_signature_is_refused_either_way()
    {
        PersonalTokenStore(signedWebhooks: true);
        Assert.Equal(WebhookVerdict.Unauthorized, (await PostXSeries(InventoryForm(), null)).Verdict);
        Assert.Equal(WebhookVerdict.Accepted, (await PostXSeries(InventoryForm(), Signatures.XSeriesHex(XSeriesSecret, InventoryForm()))).Verdict);

        PersonalTokenStore();
        Assert.Equal(WebhookVerdict.Unauthorized, (await PostXSeries(InventoryForm(), Signatures.XSeriesHex("forger", InventoryForm()))).Verdict);
    }

    [Fact]
    public async Task A_signed_but_malformed_xseries_body_is_malformed_and_never_reaches_a_queue()
    {
        const string body = "payload=%7Bbroken";
        Assert.Equal(WebhookVerdict.Malformed, (await PostXSeries(body, Signatures.XSeriesHex(XSeriesSecret, body))).Verdict);
        queue.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task An_unknown_xseries_event_type_is_acknowledged_and_not_queued()
    {
        var body = "payload=" + Uri.EscapeDataString("""{"id":"c-1"}""");
        var outcome = await PostXSeries(body, Signatures.XSeriesHex(XSeriesSecret, body), "customer.update");
        Assert.Equal(WebhookVerdict.Ignored, outcome.Verdict);
        queue.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("order.created", Concern.Orders, "ecom:order:SHOP-XK45J")]
    [InlineData("order.updated", Concern.Orders, "ecom:order:SHOP-XK45J")]
    [InlineData("product.updated", Concern.Inventory, "ecom:product:42")]
    public async Task A_signed_ecwid_event_is_enqueued_on_its_concern_queue(string type, Concern concern, string entityKey)
    {
        var outcome = await PostEcom(EcomBody(type: type), Signatures.Ecom(EcomSecret, 1700000000, "e-1"));

        Assert.Equal(WebhookVerdict.Accepted, outcome.Verdict);
        queue.Verify(q => q.SendAsync(
            It.Is<EventEnvelope>(e => e.Concern == concern && e.EntityKey == entityKey && e.EventKey == "ecom-e-1"),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task An_ecwid_event_signed_with_the_previous_secret_is_accepted_during_rotation() =>
        Assert.Equal(WebhookVerdict.Accepted, (await PostEcom(EcomBody(), Signatures.Ecom("ec-old", 1700000000, "e-1"))).Verdict);

    [Fact]
    public async Task A_forged_ecwid_webhook_is_unauthorized_and_never_reaches_a_queue()
    {
        var outcome = await PostEcom(EcomBody(eventId: "e-2"), Signatures.Ecom(EcomSecret, 1700000000, "e-1"));
        Assert.Equal(WebhookVerdict.Unauthorized, outcome.Verdict);
        queue.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_malformed_ecwid_body_is_malformed_and_never_reaches_a_queue()
    {
        Assert.Equal(WebhookVerdict.Malformed, (await PostEcom("{\"eventId\":", "sig")).Verdict);
        queue.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task An_unknown_ecwid_event_type_is_acknowledged_and_not_queued()
    {
        var outcome = await PostEcom(EcomBody(type: "application.installed"), Signatures.Ecom(EcomSecret, 1700000000, "e-1"));
        Assert.Equal(WebhookVerdict.Ignored, outcome.Verdict);
        queue.VerifyNoOtherCalls();
    }
}
