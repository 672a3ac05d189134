namespace Sync.Simulators.XSeries;

public sealed record SimOutlet(string Id, string Name, long Version);

public sealed record SimRegister(string Id, string Name, string OutletId, long Version);

public sealed record SimUser(string Id, string Username, string DisplayName, string AccountType, IReadOnlyList<string> RestrictedOutletIds, long Version);

public sealed record SimPaymentType(string Id, string Name, int TypeId, long Version);

public sealed record SimProduct(string Id, string Sku, string Name, bool Active, bool HasInventory, string? VariantParentId, long Version);

public sealed record SimInventory(string Id, string ProductId, string OutletId, decimal Level, long Version);

public sealed record SimCustomer(string Id, string FirstName, string LastName, string? Email, DateTimeOffset CreatedAt, DateTimeOffset? DeletedAt, long Version);

public sealed record SimWebhook(string Id, string Type, string Url, bool Active);

public sealed record SimSaleLine(string Id, string ProductId, decimal Quantity, decimal Price, decimal Tax, string TaxId, string? FulfillmentType, bool PriceSet);

public sealed record SimPayment(string Id, string PaymentTypeId, decimal Amount, string PaymentDate);

public sealed record SimSale(
    string Id, string OutletId, string RegisterId, string UserId, string? CustomerId, string InvoiceNumber,
    string? Source, string? SourceId, string State, IReadOnlyList<string> Attributes, string? Note, DateTimeOffset SaleDate,
    IReadOnlyList<SimSaleLine> Lines, IReadOnlyList<SimPayment> Payments, long Version)
{
    /// <summary>Legacy status from state and attributes, as platforms.md maps them.</summary>
    public string Status => (State, Attributes.Contains("delivery"), Attributes.Contains("pickup")) switch
    {
        ("voided", _, _) => "VOIDED",
        ("parked", _, _) => "SAVED",
        ("pending", true, _) => "AWAITING_DISPATCH",
        ("pending", _, true) => "AWAITING_PICKUP",
        ("pending", _, _) => "ONACCOUNT",
        ("closed", true, _) => "DISPATCHED_CLOSED",
        ("closed", _, true) => "PICKED_UP_CLOSED",
        _ => "CLOSED",
    };

    /// <summary>Stock this sale holds: its lines while pending or closed, nothing while parked or voided.</summary>
    public IReadOnlyDictionary<string, decimal> StockTaken => State is "pending" or "closed"
        ? Lines.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity))
        : new Dictionary<string, decimal>();
}

public sealed record SimFulfillmentLine(string SaleLineItemId, string ProductId, decimal Quantity, decimal Picked, decimal Packed, decimal Fulfilled);

public sealed record SimFulfillment(string Id, string SaleId, string OutletId, string Type, string State, long Version, IReadOnlyList<SimFulfillmentLine> Lines);
