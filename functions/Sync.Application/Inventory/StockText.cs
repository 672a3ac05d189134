using System.Globalization;
using Sync.Application.Platforms.Ecom;
using Sync.Rules.Inventory;

namespace Sync.Application.Inventory;

/// <summary>An online stock level as text (state rows, audit before/after) and as the eCom client's type.</summary>
public static class StockText
{
    private const string Unlimited = "unlimited";

    public static string Format(OnlineStock? level) => level switch
    {
        null => "unknown",
        OnlineStock.Quantity q => q.Value.ToString(CultureInfo.InvariantCulture),
        _ => Unlimited,
    };

    public static OnlineStock Parse(string text) =>
        text == Unlimited ? OnlineStock.Unlimited : OnlineStock.Of(int.Parse(text, CultureInfo.InvariantCulture));

    public static OnlineStock Observed(int? quantity, bool unlimited) =>
        unlimited ? OnlineStock.Unlimited : OnlineStock.Of(quantity ?? 0);

    public static EcomStock ToEcom(OnlineStock level) =>
        level is OnlineStock.Quantity q ? EcomStock.Of(q.Value) : EcomStock.UnlimitedStock;
}
