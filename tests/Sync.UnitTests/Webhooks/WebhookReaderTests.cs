using System.Text;
using Sync.Application.Webhooks;

namespace Sync.UnitTests.Webhooks;

public sealed class WebhookReaderTests
{
    private static WebhookEvent? ReadXSeries(string body, string? type, out string? error) =>
        XSeriesWebhookReader.Read(Encoding.UTF8.GetBytes(body), type, out error);

    private static string Form(string json, string? type = null) =>
        $"payload={Uri.EscapeDataString(json)}&domain_prefix=mystore&environment=prod" + (type is null ? "" : $"&type={type}");

    [Fact]
    public void An_inventory_update_names_its_product()
    {
        var read = ReadXSeries(Form("""{"id":"row-1","product_id":"p-9","outlet_id":"o-1","count":4}"""), "inventory.update", out _);
        Assert.Equal(("inventory.update", "product", "p-9"), (read!.EventType, read.EntityKind, read.EntityId));
    }

    [Fact]
    public void An_inventory_update_without_product_id_falls_back_to_the_embedded_product()
    {
        var read = ReadXSeries(Form("""{"id":"row-1","product":{"id":"p-7"},"count":4}"""), "inventory.update", out _);
        Assert.Equal("p-7", read!.EntityId);
    }

    [Fact]
    public void A_sale_update_names_the_sale_and_takes_its_type_from_the_body_when_the_url_has_none()
    {
        var read = ReadXSeries(Form("""{"id":"s-1","status":"CLOSED"}""", "sale.update"), null, out _);
        Assert.Equal(("sale.update", "sale", "s-1"), (read!.EventType, read.EntityKind, read.EntityId));
    }

    [Fact]
    public void Numeric_ids_are_read_as_text()
    {
        var read = ReadXSeries(Form("""{"id":12345}"""), "product.update", out _);
        Assert.Equal("12345", read!.EntityId);
    }

    [Theory]
    [InlineData("not a form at all %zz", "product.update")]
    [InlineData("domain_prefix=x", "product.update")]
    [InlineData("payload=", "product.update")]
    [InlineData("payload=%7Bnot-json", "product.update")]
    [InlineData("payload=%5B1%2C2%5D", "product.update")]
    [InlineData("payload=%7B%22name%22%3A%22no%20id%22%7D", "product.update")]
    [InlineData("payload=%7B%22id%22%3A%221%22%7D", null)]
    public void A_malformed_xseries_body_is_refused_with_a_reason(string body, string? type)
    {
        Assert.Null(ReadXSeries(body, type, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void An_ecwid_event_is_read_with_a_uuid_event_id()
    {
        var body = """{"eventId":"2f3c","eventType":"product.updated","eventCreated":1764400000,"storeId":1003,"entityId":118}""";
        var read = EcomWebhookReader.Read(Encoding.UTF8.GetBytes(body), out _);
        Assert.Equal(("2f3c", 1764400000L, "1003"), (read!.EventId, read.EventCreated, read.StoreId));
        Assert.Equal(("product.updated", "product", "118"), (read.Event.EventType, read.Event.EntityKind, read.Event.EntityId));
    }

    [Theory]
    [InlineData("order.created")]
    [InlineData("order.updated")]
    public void An_ecwid_order_event_names_the_order_by_its_string_id_in_data_never_by_the_internal_entity_id(string type)
    {
        var body = $$$"""{"eventId":"2f3c","eventType":"{{{type}}}","eventCreated":1764400000,"storeId":1003,"entityId":103878161,"data":{"orderId":"SHOP-XJ12H-EU","newPaymentStatus":"PAID"}}""";
        var read = EcomWebhookReader.Read(Encoding.UTF8.GetBytes(body), out _);
        Assert.Equal(("order", "SHOP-XJ12H-EU"), (read!.Event.EntityKind, read.Event.EntityId));
    }

    [Fact]
    public void An_ecwid_event_id_sent_as_a_number_is_read_as_text()
    {
        var read = EcomWebhookReader.Read("""{"eventId":987,"eventType":"product.updated","eventCreated":1,"entityId":5}"""u8, out _);
        Assert.Equal("987", read!.EventId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("""{"eventType":"order.created","eventCreated":1,"entityId":5}""")]
    [InlineData("""{"eventId":"a","eventCreated":1,"entityId":5}""")]
    [InlineData("""{"eventId":"a","eventType":"order.created","entityId":5}""")]
    [InlineData("""{"eventId":"a","eventType":"order.created","eventCreated":"yesterday","entityId":5}""")]
    [InlineData("""{"eventId":"a","eventType":"order.created","eventCreated":1}""")]
    [InlineData("""{"eventId":"a","eventType":"order.updated","eventCreated":1,"entityId":103878161,"data":{"newPaymentStatus":"PAID"}}""")]
    public void A_malformed_ecwid_body_is_refused_with_a_reason(string body)
    {
        Assert.Null(EcomWebhookReader.Read(Encoding.UTF8.GetBytes(body), out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
