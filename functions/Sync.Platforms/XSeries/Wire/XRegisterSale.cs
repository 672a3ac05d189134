namespace Sync.Platforms.XSeries.Wire;

/// <summary>
/// The 0.9 <c>POST /api/register_sales</c> body. The OpenAPI lists no sale <c>id</c> in it, yet the call
/// "creates or updates": we send <c>id</c> to edit, as the public clients do. (unsure)
/// </summary>
internal sealed record XRegisterSaleRequest(
    string? Id,
    string RegisterId,
    string UserId,
    string? CustomerId,
    string SaleDate,
    string? Note,
    string? Source,
    string? SourceId,
    string State,
    IReadOnlyList<string> RegisterSaleAttributes,
    IReadOnlyList<XRegisterSaleProduct> RegisterSaleProducts,
    IReadOnlyList<XRegisterSalePayment> RegisterSalePayments);

/// <summary><c>price_set: 1</c> keeps the price we send (what the customer was charged) from being recalculated from the catalogue.</summary>
internal sealed record XRegisterSaleProduct(
    string? Id, string ProductId, decimal Quantity, decimal Price, decimal Tax, string TaxId, string? FulfillmentType, int PriceSet = 1);

internal sealed record XRegisterSalePayment(string? Id, string RetailerPaymentTypeId, decimal Amount, string PaymentDate);

internal sealed record XRegisterSaleEnvelope(XRegisterSaleResult RegisterSale);

internal sealed record XRegisterSaleResult(string Id, string? InvoiceNumber, string? State);
