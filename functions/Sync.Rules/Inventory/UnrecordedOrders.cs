namespace Sync.Rules.Inventory;

/// INV-5: the quantity of a product in eCom orders placed since the last POS read that are not yet
/// reservations (INV-7). A separate type so no put-back can be asked for without it.
public sealed record UnrecordedOrders
{
    public UnrecordedOrders(int quantity) =>
        Quantity = quantity >= 0 ? quantity : throw new ArgumentOutOfRangeException(nameof(quantity));

    public int Quantity { get; }

    public static UnrecordedOrders None { get; } = new(0);
}
