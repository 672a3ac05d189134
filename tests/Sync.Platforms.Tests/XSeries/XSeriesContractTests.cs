using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Tests.Support;
using Sync.Simulators.XSeries;

namespace Sync.Platforms.Tests.XSeries;

public sealed class XSeriesContractTests : IAsyncLifetime
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
    public async Task Outlets_registers_users_and_payment_types_are_read_from_the_store()
    {
        var outlets = await client.GetOutletsAsync(default);
        var registers = await client.GetRegistersAsync(default);
        var users = await client.GetUsersAsync(default);
        var payments = await client.GetPaymentTypesAsync(default);

        Assert.Equal(demo.Outlets.Select(o => o.Name), outlets.Select(o => o.Name));
        Assert.All(registers, r => Assert.Contains(outlets, o => o.Id == r.OutletId));
        Assert.True(users.Single().MayUse(outlets[2].Id));
        Assert.Equal(3, payments.Count);
    }

    [Fact]
    public async Task A_user_restricted_to_some_outlets_may_use_only_those()
    {
        sim.AddUser("Harbour Clerk", demo.Outlets[1].Id);

        var clerk = (await client.GetUsersAsync(default)).Single(u => u.DisplayName == "Harbour Clerk");

        Assert.True(clerk.MayUse(demo.Outlets[1].Id));
        Assert.False(clerk.MayUse(demo.Outlets[0].Id));
    }

    [Fact]
    public async Task A_product_is_found_by_its_sku_and_by_its_id_and_an_unknown_one_is_null()
    {
        var bySku = await client.GetProductBySkuAsync("TEE-M", default);
        var byId = await client.GetProductAsync(bySku!.Id, default);

        Assert.Equal("T-Shirt / M", byId!.Name);
        Assert.NotNull(bySku.VariantParentId);
        Assert.Null(await client.GetProductBySkuAsync("NOPE", default));
        Assert.Null(await client.GetProductAsync(Guid.NewGuid().ToString(), default));
    }

    [Fact]
    public async Task Products_are_paged_after_a_version_until_an_empty_page()
    {
        var all = await client.GetProductsAsync(0, default).ToListAsync();
        var later = await client.GetProductsAsync(all[3].Version, default).ToListAsync();

        Assert.Equal(9, all.Count);
        Assert.Equal(all.Skip(4).Select(p => p.Id), later.Select(p => p.Id));
    }

    [Fact]
    public async Task Ten_thousand_inventory_rows_are_paged_through_by_version()
    {
        var before = await client.GetInventoryAsync(0, 1000, default).CountAsync();
        for (var i = 0; i < 3334; i++)
        {
            var product = sim.AddProduct($"BULK-{i}", $"Bulk {i}");
            foreach (var outlet in demo.Outlets)
            {
                sim.SetStock(product.Id, outlet.Id, i % 5);
            }
        }
        sim.Requests.Clear();

        var rows = await client.GetInventoryAsync(0, 1000, default).ToListAsync();

        Assert.Equal(before + 10_002, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => (r.ProductId, r.OutletId)).Distinct().Count());
        Assert.Equal(11 + 1, sim.Requests.Count("GET /api/2.0/inventory"));
    }

    [Fact]
    public async Task A_products_inventory_is_read_in_every_outlet()
    {
        var product = demo.Products[0];

        var levels = await client.GetProductInventoryAsync(product.Id, default);

        Assert.Equal(3, levels.Count);
        Assert.All(levels, l => Assert.Equal(sim.StockOf(product.Id, l.OutletId), l.Level));
    }

    [Fact]
    public async Task A_sale_is_created_read_found_by_its_source_id_and_voided_and_moves_stock_both_ways()
    {
        var product = demo.Products[0];
        var outletId = demo.OnlineRegisters[0].OutletId;
        var stock = sim.StockOf(product.Id, outletId);
        var draft = Sales.Draft(demo, "ORDER-1001", SaleState.Closed, (product.Id, 2m));

        var receipt = await client.CreateSaleAsync(draft, default);
        var sale = await client.GetSaleAsync(receipt.SaleId, default);
        var found = await client.FindSaleBySourceIdAsync("ORDER-1001", draft.SaleDate, default);
        Assert.Equal(stock - 2, sim.StockOf(product.Id, outletId));
        var voided = await client.VoidSaleAsync(receipt.SaleId, default);

        Assert.Equal(SaleState.Closed, sale!.State);
        Assert.Equal("ORDER-1001", sale.SourceId);
        Assert.Equal(2m, sale.Lines.Single().Quantity);
        Assert.Equal(receipt.SaleId, found!.Id);
        Assert.Equal(SaleState.Voided, voided.State);
        Assert.Equal(stock, sim.StockOf(product.Id, outletId));
        Assert.Null(await client.FindSaleBySourceIdAsync("ORDER-404", draft.SaleDate, default));
    }

    [Fact]
    public async Task An_edit_sends_the_whole_sale_and_moves_only_the_difference_in_stock()
    {
        var product = demo.Products[1];
        var outletId = demo.OnlineRegisters[0].OutletId;
        var stock = sim.StockOf(product.Id, outletId);
        var receipt = await client.CreateSaleAsync(Sales.Draft(demo, "ORDER-1002", SaleState.Pending, (product.Id, 1m)), default);

        await client.UpdateSaleAsync(receipt.SaleId, Sales.Draft(demo, "ORDER-1002", SaleState.Pending, (product.Id, 3m)), default);

        Assert.Equal(stock - 3, sim.StockOf(product.Id, outletId));
        Assert.Equal(3m, (await client.GetSaleAsync(receipt.SaleId, default))!.Lines.Single().Quantity);
    }

    [Fact]
    public async Task A_sale_whose_create_response_was_dropped_is_found_instead_of_created_twice()
    {
        sim.Faults.DropResponseAfterWrite("POST /api/register_sales");
        var draft = Sales.Draft(demo, "ORDER-2001", SaleState.Closed, (demo.Products[0].Id, 1m));

        var receipt = await client.CreateSaleAsync(draft, default);

        Assert.Single(sim.Sales, s => s.SourceId == "ORDER-2001");
        Assert.Equal(sim.Sales.Single(s => s.SourceId == "ORDER-2001").Id, receipt.SaleId);
        Assert.Equal(1, sim.Requests.Count("POST /api/register_sales"));
    }

    [Fact]
    public async Task A_sale_whose_create_failed_before_the_write_is_created_after_looking_it_up()
    {
        sim.Faults.FailNext("POST /api/register_sales", 1, 500);

        await client.CreateSaleAsync(Sales.Draft(demo, "ORDER-2002", SaleState.Closed, (demo.Products[0].Id, 1m)), default);

        Assert.Single(sim.Sales, s => s.SourceId == "ORDER-2002");
        Assert.Equal(2, sim.Requests.Count("POST /api/register_sales"));
        Assert.Equal(1, sim.Requests.Count("GET /api/2.0/search"));
    }

    [Fact]
    public async Task A_customer_is_found_only_by_an_exact_case_insensitive_email()
    {
        sim.AddCustomer("Ada", "Impostor", "ada@other.example");

        var ada = await client.FindCustomerByEmailAsync("ADA@example.com", default);

        Assert.Equal("Lovelace", ada!.LastName);
        Assert.Null(await client.FindCustomerByEmailAsync("ada@nowhere.example", default));
    }

    [Fact]
    public async Task A_customer_is_created_and_a_dropped_create_is_not_repeated()
    {
        var grace = await client.CreateCustomerAsync(new NewCustomer("Grace", "Hopper", "grace@example.com", null), default);
        sim.Faults.DropResponseAfterWrite("POST /api/2.0/customers");

        var edsger = await client.CreateCustomerAsync(new NewCustomer("Edsger", "Dijkstra", "edsger@example.com", null), default);

        Assert.Equal("grace@example.com", grace.Email);
        Assert.Single(sim.Customers, c => c.Email == "edsger@example.com");
        Assert.Equal(sim.Customers.Single(c => c.Email == "edsger@example.com").Id, edsger.Id);
        Assert.Equal(2, sim.Requests.Count("POST /api/2.0/customers"));
    }

    [Fact]
    public async Task Fulfillments_are_listed_picked_packed_and_fulfilled_and_a_stale_version_is_a_typed_outcome()
    {
        var draft = Sales.Draft(demo, "ORDER-3001", SaleState.Pending, (demo.Products[0].Id, 2m)) with { Attributes = ["delivery"] };
        draft = draft with { Lines = [draft.Lines[0] with { FulfillmentType = FulfillmentType.Dispatch }] };
        var receipt = await client.CreateSaleAsync(draft, default);

        var fulfillment = (await client.GetFulfillmentsAsync(receipt.SaleId, default)).Single();
        var all = fulfillment.Lines.Select(l => new FulfillmentQuantity(l.SaleLineItemId, l.Quantity)).ToList();
        var picked = await client.AdvanceFulfillmentAsync(FulfillmentStep.Pick, fulfillment.Id, fulfillment.Version, all, default);
        var stale = await client.AdvanceFulfillmentAsync(FulfillmentStep.Pack, fulfillment.Id, fulfillment.Version, all, default);
        var packed = await client.AdvanceFulfillmentAsync(FulfillmentStep.Pack, fulfillment.Id, picked.NewVersion!.Value, all, default);
        await client.AdvanceFulfillmentAsync(FulfillmentStep.Fulfill, fulfillment.Id, packed.NewVersion!.Value, all, default);

        Assert.Equal((FulfillmentType.Dispatch, FulfillmentState.Open, 2m), (fulfillment.Type, fulfillment.State, fulfillment.Lines.Single().Quantity));
        Assert.True(stale.Stale);
        Assert.Equal(FulfillmentState.Fulfilled, (await client.GetFulfillmentsAsync(receipt.SaleId, default)).Single().State);
        Assert.Equal(SaleState.Closed, (await client.GetSaleAsync(receipt.SaleId, default))!.State);
    }

    [Fact]
    public async Task A_webhook_is_registered_listed_and_a_second_registration_counts_as_already_registered()
    {
        var url = new Uri("https://sync.example/api/xseries/webhooks");

        var first = await client.RegisterWebhookAsync("inventory.update", url, default);
        var second = await client.RegisterWebhookAsync("inventory.update", url, default);

        Assert.Equal((WebhookRegistration.Registered, WebhookRegistration.AlreadyRegistered), (first, second));
        Assert.Equal(url, (await client.GetWebhooksAsync(default)).Single().Url);
    }
}
