namespace Sync.Rules.Inventory;

/// The stock eCom should show: unlimited (INV-6) or an absolute, never negative quantity (INV-2).
public abstract record OnlineStock
{
    private OnlineStock() { }

    public static OnlineStock Unlimited { get; } = new UnlimitedStock();

    public static OnlineStock Of(int quantity) => new Quantity(Math.Max(0, quantity));

    public sealed record UnlimitedStock : OnlineStock;

    public sealed record Quantity(int Value) : OnlineStock;
}
