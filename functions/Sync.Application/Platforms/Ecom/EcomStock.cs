namespace Sync.Application.Platforms.Ecom;

/// <summary>An absolute stock level, or unlimited (an untracked POS product, INV-6).</summary>
public sealed record EcomStock(int? Quantity)
{
    public bool Unlimited => Quantity is null;
    public static EcomStock Of(int quantity) => new(Math.Max(0, quantity));
    public static readonly EcomStock UnlimitedStock = new((int?)null);
}
