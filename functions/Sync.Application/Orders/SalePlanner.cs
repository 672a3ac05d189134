using System.Globalization;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Application.Settings;
using Sync.Rules.Inventory;
using PosProduct = Sync.Application.Platforms.XSeries.PosProduct;
using Sync.Rules.Orders;
using Sync.Rules.Status;

namespace Sync.Application.Orders;

/// <summary>
/// Decides the POS sales for one eCom order: which outlets (ORD-6..8), on which registers, with which
/// lines, fulfillment types (ORD-2) and payments (ORD-4, ORD-5). Reads POS, writes nothing.
/// </summary>
public sealed class SalePlanner(IXSeriesClient pos, PosDirectory directory, PaymentTypeMapping payments)
{
    public async Task<IReadOnlyList<SaleDraft>> PlanAsync(EcomOrder order, string? customerId, SyncSettings settings, CancellationToken cancellationToken)
    {
        var onlineRegisterId = settings.OnlineRegisterId ?? throw new InvalidOperationException("Set OnlineRegisterId: eCom orders are recorded on it (ORD-1).");
        var registers = await directory.RegistersAsync(cancellationToken);
        var onlineOutletId = registers.FirstOrDefault(r => r.Id == onlineRegisterId)?.OutletId
            ?? throw new InvalidOperationException($"The online register {onlineRegisterId} is not a POS register.");
        var products = await ProductsAsync(order, cancellationToken);
        var lines = order.Items.Select((item, i) => new OrderLine(LineId(i), products[item.Sku!].Id, item.Quantity)).ToList();
        var connected = ConnectedOutlets.Of(settings.ConnectedOutletIds, onlineOutletId);
        var stock = await StockAsync(lines, products.Values, connected, cancellationToken);

        var allocation = FulfillmentAllocation.Allocate(
            new AllocationRequest(lines, order.ShippingMethodName, connected, stock),
            new AllocationSettings(settings.ShippingMethodOutlets, settings.OutletPriority, onlineOutletId));
        var payment = PaymentClassification.Classify(order.PaymentMethod, null, PaymentStatusOf(order),
            new PaymentMethodLists(
                [.. settings.IntegratedPaymentMethods, .. PaymentMethodLists.Default.Integrated],
                [.. settings.UnintegratedPaymentMethods, .. PaymentMethodLists.Default.Unintegrated]));
        var unitPrices = order.Items.Select((item, i) => (LineId(i), item.Price)).ToDictionary(x => x.Item1, x => x.Price);
        var shares = PaymentSplit.Divide(decimal.Round(order.Total, 2), allocation.Allocations, unitPrices);
        var paymentType = payment is PaymentClass.Paid paid ? await payments.ForProcessorAsync(paid.ProcessorName, cancellationToken) : null;

        var kind = LineFulfillment.KindOf(order.FulfillmentType);
        var lineType = LineFulfillment.TypeFor(kind) == PosFulfillmentType.Pickup ? FulfillmentType.Pickup : FulfillmentType.Dispatch;
        return allocation.Allocations.Select((part, i) => new SaleDraft(
            RegisterFor(part.OutletId, onlineRegisterId, onlineOutletId, settings),
            settings.SaleUserId ?? throw new InvalidOperationException("Set SaleUserId: the POS user online sales are recorded as."),
            customerId,
            order.Created,
            "ecom",
            SourceIds.For(order.OrderNumber, i, allocation.Allocations.Count),
            // ORD-2: a pending sale gets its fulfillments in state New (OPEN).
            SaleState.Pending,
            [kind == OrderKind.Pickup ? "pickup" : "delivery"],
            Note(order, i, allocation, payment, paymentType),
            part.Lines.Select(l => new SaleDraftLine(l.ProductId, l.Quantity, unitPrices[l.LineId], 0m, settings.NoTaxId!, lineType)).ToList(),
            paymentType is null ? [] : [new SaleDraftPayment(paymentType.Id, shares[i].Amount, order.Created)]))
            .ToList();
    }

    private async Task<Dictionary<string, PosProduct>> ProductsAsync(EcomOrder order, CancellationToken cancellationToken)
    {
        var products = new Dictionary<string, PosProduct>(StringComparer.Ordinal);
        foreach (var sku in order.Items.Select(i => i.Sku).Distinct())
        {
            // INV-6: a product without a POS counterpart is reported (the order parks with this reason), never guessed.
            products[sku ?? ""] = (string.IsNullOrWhiteSpace(sku) ? null : await pos.GetProductBySkuAsync(sku, cancellationToken))
                ?? throw new InvalidOperationException($"Order {order.OrderNumber}: SKU '{sku}' has no POS product.");
        }

        return products;
    }

    private async Task<OutletStock> StockAsync(
        IReadOnlyList<OrderLine> lines, IEnumerable<PosProduct> products, ConnectedOutlets connected, CancellationToken cancellationToken)
    {
        var byOutlet = connected.Ids.ToDictionary(o => o, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        foreach (var product in products.DistinctBy(p => p.Id))
        {
            if (!product.HasInventory)
            {
                // Untracked (INV-6): every outlet can fulfil it, so it never forces a split.
                var needed = lines.Where(l => l.ProductId == product.Id).Sum(l => l.Quantity);
                foreach (var outlet in byOutlet.Values)
                {
                    outlet[product.Id] = needed;
                }

                continue;
            }

            foreach (var level in await pos.GetProductInventoryAsync(product.Id, cancellationToken))
            {
                if (byOutlet.TryGetValue(level.OutletId, out var outlet))
                {
                    outlet[product.Id] = (int)decimal.Floor(level.Level);
                }
            }
        }

        return new OutletStock(byOutlet.ToDictionary(o => o.Key, o => (IReadOnlyDictionary<string, int>)o.Value));
    }

    /// <summary>A sale's outlet is its register's, so each part is recorded on a register of the outlet that fulfils it.</summary>
    private static string RegisterFor(string outletId, string onlineRegisterId, string onlineOutletId, SyncSettings settings) =>
        outletId == onlineOutletId ? onlineRegisterId
        : settings.RegisterByOutlet.TryGetValue(outletId, out var registerId) ? registerId
        : throw new InvalidOperationException($"Set RegisterByOutlet for outlet {outletId}: an order is allocated to it (ORD-7, ORD-8).");

    private static EcomPaymentStatus PaymentStatusOf(EcomOrder order) =>
        Enum.TryParse<EcomPaymentStatus>(order.PaymentStatus.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var status)
            ? status
            : EcomPaymentStatus.AwaitingPayment;

    private static string Note(EcomOrder order, int part, AllocationResult allocation, PaymentClass payment, PaymentType? paymentType)
    {
        var note = $"eCom order #{order.OrderNumber}";
        if (allocation.Split)
        {
            note += string.Create(CultureInfo.InvariantCulture, $" (part {part + 1} of {allocation.Allocations.Count})");
        }

        if (allocation.Backorder)
        {
            note += "; stock short: review";
        }

        return payment switch
        {
            PaymentClass.Paid paid when !string.Equals(paid.ProcessorName, paymentType?.Name, StringComparison.OrdinalIgnoreCase) => $"{note}; paid with {paid.ProcessorName}",
            PaymentClass.Unpaid => $"{note}; unpaid",
            _ => note,
        };
    }

    private static string LineId(int index) => index.ToString(CultureInfo.InvariantCulture);
}
