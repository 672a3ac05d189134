using System.Text.Json;
using Json.Schema;
using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Platforms.XSeries;
using Sync.Platforms.Tests.Support;
using Sync.Simulators.XSeries;

namespace Sync.Platforms.Tests.XSeries;

/// <summary>Every simulator answer the client reads conforms to the vendor document's schema for it, in full and sparse mode.</summary>
public sealed class XSeriesSchemaTests() : XSeriesSchemaContract(sparse: false);

public sealed class SparseXSeriesSchemaTests() : XSeriesSchemaContract(sparse: true);

public abstract class XSeriesSchemaContract(bool sparse) : IAsyncLifetime
{
    /// <summary>Each endpoint the X-Series client calls and reads an answer from (method, simulator route).</summary>
    private static readonly string[] Used =
    [
        "GET /api/2.0/outlets", "GET /api/2.0/registers", "GET /api/2.0/payment_types", "GET /api/2.0/users",
        "GET /api/2.0/products", "GET /api/2.0/products/{id}", "GET /api/2.0/products/{id}/inventory", "GET /api/2.0/inventory",
        "GET /api/2.0/sales/{id}", "POST /api/register_sales", "GET /api/2.0/search", "POST /api/2.0/customers",
        "GET /api/2.0/fulfillments", "POST /api/2.0/fulfillments/{id}/pick", "POST /api/2.0/fulfillments/{id}/pack",
        "POST /api/2.0/fulfillments/{id}/fulfill", "POST /api/2.0/fulfillments/fulfill", "GET /api/2.0/webhooks", "POST /api/2.0/webhooks",
    ];

    private XSeriesSimulator sim = null!;
    private ServiceProvider services = null!;
    private XSeriesDemoStore demo = null!;
    private IXSeriesClient client = null!;

    public async Task InitializeAsync()
    {
        sim = await XSeriesSimulator.StartAsync(new XSeriesSimulatorOptions { Sparse = sparse, RecordAnswers = true });
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
    public async Task Every_answer_the_client_reads_conforms_to_the_vendor_schema()
    {
        await UseEveryEndpointAsync();

        var answers = sim.Answers.Where(a => a.Status is >= 200 and < 300 || a.Status == 409).ToList();
        Assert.Empty(Used.Except(answers.Select(a => $"{a.Method} {a.Route}")));
        var failures = answers
            .Select(a => (Answer: a, Schema: XSeriesOpenApi.ResponseSchema(a.Method, a.Route, a.Status, a.SearchType)))
            .Where(x => x.Schema is not null)
            .Select(x => (x.Answer, Errors: Validate(x.Schema!.ToJsonString(), x.Answer.Body)))
            .Where(x => x.Errors.Count > 0)
            .Select(x => $"{x.Answer.Method} {x.Answer.Route} {x.Answer.Status}: {string.Join("; ", x.Errors.Take(5))}")
            .Distinct()
            .ToList();
        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_validation_can_fail()
    {
        var schema = XSeriesOpenApi.ResponseSchema("GET", "/api/2.0/fulfillments", 200)!.ToJsonString();

        Assert.NotEmpty(Validate(schema, """{"data":[{"id":"1","type":"CANCELLED"}]}"""));
        await Task.CompletedTask;
    }

    private async Task UseEveryEndpointAsync()
    {
        await client.GetOutletsAsync(default);
        await client.GetRegistersAsync(default);
        await client.GetPaymentTypesAsync(default);
        await client.GetUsersAsync(default);
        var products = await client.GetProductsAsync(0, default).ToListAsync();
        await client.GetProductBySkuAsync("TEE-M", default);
        await client.GetProductAsync(products[1].Id, default);
        await client.GetProductInventoryAsync(products[1].Id, default);
        await client.GetInventoryAsync(0, 1000, default).ToListAsync();
        var customer = await client.CreateCustomerAsync(new NewCustomer("Grace", "Hopper", "grace@example.com", null), default);
        await client.FindCustomersByEmailAsync(customer.Email!, default);
        var draft = Sales.Draft(demo, "ORDER-9001", SaleState.Pending, (demo.Products[0].Id, 1m), (demo.Products[1].Id, 1m)) with { Attributes = ["pickup"] };
        draft = draft with { Lines = [.. draft.Lines.Select(l => l with { FulfillmentType = FulfillmentType.Pickup })] };
        var receipt = await client.CreateSaleAsync(draft, default);
        await client.FindSaleBySourceIdAsync("ORDER-9001", draft.SaleDate, default);
        var fulfillment = (await client.GetFulfillmentsAsync(receipt.SaleId, default)).Single();
        var lines = fulfillment.Lines.Select(l => new FulfillmentQuantity(l.SaleLineItemId, l.Quantity)).ToList();
        foreach (var step in new[] { FulfillmentStep.Pick, FulfillmentStep.Pack, FulfillmentStep.Fulfill })
        {
            var current = (await client.GetFulfillmentsAsync(receipt.SaleId, default)).Single();
            await client.AdvanceFulfillmentAsync(step, current.Id, current.Version, lines, default);
        }
        var second = await client.CreateSaleAsync(draft with { SourceId = "ORDER-9002" }, default);
        await client.FulfillSaleAsync(second.SaleId, default);
        await client.GetSaleAsync(second.SaleId, default);
        var url = new Uri("https://sync.example/api/xseries/webhooks");
        await client.RegisterWebhookAsync("sale.update", url, default);
        await client.RegisterWebhookAsync("sale.update", url, default);
        await client.GetWebhooksAsync(default);
    }

    private static List<string> Validate(string schemaText, string body)
    {
        var schema = JsonSchema.FromText(schemaText, baseUri: new Uri($"https://schemas.test/{Guid.NewGuid()}"));
        using var document = JsonDocument.Parse(body);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).ToList();
    }
}
