using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Tests.Support;
using Sync.Platforms.XSeries;
using Sync.Simulators.XSeries;

namespace Sync.Platforms.Tests.XSeries;

/// <summary>The client against the simulator answering in full.</summary>
public sealed class XSeriesContractTests() : XSeriesContract(sparse: false);

/// <summary>The same client tests with the simulator leaving out everything the vendor's schemas mark optional.</summary>
public sealed class SparseXSeriesContractTests() : XSeriesContract(sparse: true);

public abstract class XSeriesContract(bool sparse) : IAsyncLifetime
{
    private XSeriesSimulator sim = null!;
    private ServiceProvider services = null!;
    private XSeriesDemoStore demo = null!;
    private IXSeriesClient client = null!;

    public async Task InitializeAsync()
    {
        sim = await XSeriesSimulator.StartAsync(new XSeriesSimulatorOptions { Sparse = sparse });
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
    public async Task Products_are_paged_after_a_version_and_a_page_without_one_still_counts()
    {
        var all = await client.GetProductsAsync(0, default).ToListAsync();
        var later = await client.GetProductsAsync(sparse ? 0 : all[3].Version, default).ToListAsync();

        Assert.Equal(9, all.Count);
        Assert.Equal(all.Skip(sparse ? 0 : 4).Select(p => p.Id), later.Select(p => p.Id));
    }

    [Fact]
    public async Task A_full_page_with_no_version_to_continue_from_is_an_incomplete_read_not_the_whole()
    {
        for (var i = 0; i < 1000; i++)
        {
            sim.AddProduct($"MANY-{i}", $"Many {i}");
        }

        var read = client.GetProductsAsync(0, default).ToListAsync().AsTask();

        if (sparse)
        {
            await Assert.ThrowsAsync<IncompleteReadException>(() => read);
        }
        else
        {
            Assert.Equal(1009, (await read).Count);
        }
    }

    [Fact]
    public async Task Ten_thousand_inventory_rows_are_paged_through_by_version_with_no_trailing_empty_page()
    {
        if (sparse)
        {
            // Rows and pages carry no version in sparse mode: there is nothing to page by (see the ALL-4 test above).
            return;
        }
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
        Assert.Equal(11, sim.Requests.Count("GET /api/2.0/inventory"));
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
        var before = (await client.GetSaleAsync(receipt.SaleId, default))!;
        var edit = SaleDraft.Editing(before);

        await client.UpdateSaleAsync(receipt.SaleId, edit with
        {
            Lines = [edit.Lines.Single() with { Quantity = 3m }],
            Payments = [edit.Payments.Single() with { Amount = 30m }],
        }, default);

        var after = (await client.GetSaleAsync(receipt.SaleId, default))!;
        Assert.Equal(stock - 3, sim.StockOf(product.Id, outletId));
        Assert.Equal((before.Lines.Single().Id, 3m), (after.Lines.Single().Id, after.Lines.Single().Quantity));
        Assert.Equal((before.Payments.Single().Id, 30m), (after.Payments.Single().Id, after.Payments.Single().Amount));
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
    public async Task A_customer_is_found_only_by_an_exact_case_insensitive_email_with_its_creation_and_deletion_times()
    {
        sim.AddCustomer("Ada", "Impostor", "ada@other.example");
        var gone = sim.DeleteCustomer(sim.AddCustomer("Ada", "Gone", "ada@example.com", DateTimeOffset.UtcNow.AddDays(-3)).Id);

        var found = await client.FindCustomersByEmailAsync("ADA@example.com", default);

        Assert.Equal(["Gone", "Lovelace"], found.Select(c => c.LastName).Order());
        Assert.NotNull(found.Single(c => c.Id == gone.Id).DeletedAt);
        Assert.All(found, c => Assert.NotNull(c.CreatedAt));
        Assert.Null(found.Single(c => c.LastName == "Lovelace").DeletedAt);
        Assert.Empty(await client.FindCustomersByEmailAsync("ada@nowhere.example", default));
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
        // The answer's version is optional in the schema: the fulfillment is read again for its current one.
        await client.AdvanceFulfillmentAsync(FulfillmentStep.Pack, fulfillment.Id, await VersionOfAsync(receipt.SaleId), all, default);
        await client.AdvanceFulfillmentAsync(FulfillmentStep.Pack, fulfillment.Id, await VersionOfAsync(receipt.SaleId), all, default);
        var packed = (await client.GetFulfillmentsAsync(receipt.SaleId, default)).Single();
        await client.AdvanceFulfillmentAsync(FulfillmentStep.Fulfill, fulfillment.Id, packed.Version, all, default);

        Assert.Equal((FulfillmentType.Dispatch, FulfillmentState.Open, 2m), (fulfillment.Type, fulfillment.State, fulfillment.Lines.Single().Quantity));
        Assert.False(picked.Stale);
        Assert.Equal(sparse ? null : picked.NewVersion, picked.NewVersion);
        Assert.True(stale.Stale);
        // Packing twice sets the quantity twice: still 2, not 4.
        Assert.Equal((2m, 2m), (packed.Lines.Single().Packed, packed.Lines.Single().Picked));
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

    [Fact]
    public async Task A_webhook_is_removed()
    {
        await client.RegisterWebhookAsync("sale.update", new Uri("https://sync.example/api/xseries/webhooks"), default);

        await client.DeleteWebhookAsync((await client.GetWebhooksAsync(default)).Single().Id, default);

        Assert.Empty(await client.GetWebhooksAsync(default));
    }

    [Fact]
    public async Task A_sale_is_fulfilled_whole_by_its_id_and_a_SERVICE_fulfillment_is_read()
    {
        var draft = Sales.Draft(demo, "ORDER-3002", SaleState.Pending, (demo.Products[0].Id, 1m), (demo.Products[1].Id, 1m)) with { Attributes = ["delivery"] };
        draft = draft with { Lines = [draft.Lines[0] with { FulfillmentType = FulfillmentType.Dispatch }, draft.Lines[1] with { FulfillmentType = FulfillmentType.Service }] };
        var receipt = await client.CreateSaleAsync(draft, default);

        var before = await client.GetFulfillmentsAsync(receipt.SaleId, default);
        await client.FulfillSaleAsync(receipt.SaleId, default);
        await client.FulfillSaleAsync(receipt.SaleId, default);

        Assert.Equal([FulfillmentType.Dispatch, FulfillmentType.Service], before.Select(f => f.Type).Order());
        Assert.All(await client.GetFulfillmentsAsync(receipt.SaleId, default), f => Assert.Equal(FulfillmentState.Fulfilled, f.State));
        Assert.Equal(SaleState.Closed, (await client.GetSaleAsync(receipt.SaleId, default))!.State);
    }

    private async Task<long> VersionOfAsync(string saleId) => (await client.GetFulfillmentsAsync(saleId, default)).Single().Version;
}
