using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Orders;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Application.Status;
using Sync.Platforms.Tests.Support;
using Sync.Simulators.XSeries;

namespace Sync.Platforms.Tests.XSeries;

/// <summary>The 0.9 rule, as the document states it: an object posted without its id is created anew.</summary>
public sealed class SaleEditTests : IAsyncLifetime
{
    private XSeriesSimulator sim = null!;
    private ServiceProvider services = null!;
    private XSeriesDemoStore demo = null!;
    private IXSeriesClient client = null!;

    public async Task InitializeAsync()
    {
        sim = await XSeriesSimulator.StartAsync();
        demo = sim.SeedDemoStore();
        services = Clients.ForXSeries(sim);
        client = services.GetRequiredService<IXSeriesClient>();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await sim.DisposeAsync();
    }

    [Fact]
    [Trait("Rule", "ST-5")]
    public async Task ST5_paying_a_three_line_split_part_keeps_its_lines_and_fulfillments_and_adds_one_payment()
    {
        var sale = await UnpaidPartAsync("ORDER-5001-2");
        var fulfillments = await client.GetFulfillmentsAsync(sale.Id, default);
        var order = new EcomOrder("ORDER-5001", "ada@example.com", "Ada", 60m, "PAID", "eCom", null, "AWAITING_PROCESSING", null, "SHIPPING", false, false, [],
            DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
        var link = new OrderLink("ORDER-5001", "SHIPPING", [new SaleLink(sale.Id, sale.OutletId, sale.RegisterId)], true, DateTimeOffset.UtcNow);

        Assert.Equal(1, await new PosSaleWriter(client, TimeProvider.System).PayAsync(link, order, default));

        var paid = (await client.GetSaleAsync(sale.Id, default))!;
        Assert.Equal(sale.Lines.Select(l => l.Id), paid.Lines.Select(l => l.Id));
        Assert.Equal(Summary(fulfillments), Summary(await client.GetFulfillmentsAsync(sale.Id, default)));
        Assert.All(fulfillments.SelectMany(f => f.Lines), l => Assert.Contains(paid.Lines, s => s.Id == l.SaleLineItemId));
        Assert.Equal(sale.Payments.Count + 1, paid.Payments.Count);
        Assert.Equal(sale.Lines.Sum(l => (l.Price + l.Tax) * l.Quantity), paid.Payments.Sum(p => p.Amount));
    }

    [Fact]
    public async Task An_edit_without_ids_duplicates_payments_and_replaces_lines_stranding_their_fulfillments()
    {
        var sale = await UnpaidPartAsync("ORDER-5002");
        var noIds = SaleDraft.Editing(sale, new SaleDraftPayment(demo.PaymentTypes[0].Id, 10m, DateTimeOffset.UtcNow));
        noIds = noIds with { Lines = [.. noIds.Lines.Select(l => l with { Id = null })] };
        await client.UpdateSaleAsync(sale.Id, noIds, default);
        await client.UpdateSaleAsync(sale.Id, noIds with { Payments = [.. noIds.Payments.Select(p => p with { Id = null })] }, default);

        var edited = (await client.GetSaleAsync(sale.Id, default))!;
        Assert.Empty(edited.Lines.Select(l => l.Id).Intersect(sale.Lines.Select(l => l.Id)));
        Assert.Equal(2, edited.Payments.Count);
        Assert.DoesNotContain((await client.GetFulfillmentsAsync(sale.Id, default)).SelectMany(f => f.Lines), l => edited.Lines.Any(s => s.Id == l.SaleLineItemId));
    }

    [Fact]
    public async Task A_payment_over_the_sale_total_is_refused()
    {
        var sale = await UnpaidPartAsync("ORDER-5003");

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            client.UpdateSaleAsync(sale.Id, SaleDraft.Editing(sale, new SaleDraftPayment(demo.PaymentTypes[0].Id, 60.01m, DateTimeOffset.UtcNow)), default));
        Assert.Empty((await client.GetSaleAsync(sale.Id, default))!.Payments);
    }

    private static IEnumerable<string> Summary(IEnumerable<Fulfillment> fulfillments) =>
        fulfillments.SelectMany(f => f.Lines.Select(l => $"{f.Id} v{f.Version} {f.State} {l.SaleLineItemId} {l.Quantity}"));

    /// <summary>A pending, unpaid sale of three lines (20.00 each) to be dispatched.</summary>
    private async Task<PosSale> UnpaidPartAsync(string sourceId)
    {
        var draft = Sales.Draft(demo, sourceId, SaleState.Pending, (demo.Products[0].Id, 1m), (demo.Products[1].Id, 2m), (demo.Products[2].Id, 3m));
        draft = draft with
        {
            Attributes = ["delivery"],
            Lines = [.. draft.Lines.Select(l => l with { FulfillmentType = FulfillmentType.Dispatch, Price = 20m / l.Quantity })],
            Payments = [],
        };
        var receipt = await client.CreateSaleAsync(draft, default);
        return (await client.GetSaleAsync(receipt.SaleId, default))!;
    }
}
