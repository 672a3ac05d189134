using Microsoft.Playwright;
using Sync.Simulators.Ecwid;
using static Microsoft.Playwright.Assertions;

namespace Sync.Browser.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class OperationsTests(ConsoleFixture console)
{
    private const string CreateSale = "POST /api/register_sales";

    [Fact]
    [Trait("Rule", "ALL-2")]
    public async Task ALL2_a_parked_message_is_replayed_from_the_page_and_disappears_and_health_is_healthy()
    {
        await using var operations = await ConsolePage.OpenAsync(console);
        await operations.SignInAsync("Online Sync", "/operations");
        await Expect(operations.Page.GetByTestId("no-parked")).ToBeVisibleAsync();

        // POS refuses every sale until the fault is cleared, so the order's message is parked after its tries.
        console.Stores.Pos.Faults.FailNext(CreateSale, count: 1_000, status: 400);
        var order = console.Stores.Ecom.PlaceOrder("grace@example.com", "Grace Hopper", [new OrderLine("MUG-M", 1)]);
        var parked = operations.Page.Locator("li[data-parked]");
        await Expect(parked).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Expect(parked).ToContainTextAsync("Orders");
        await Expect(operations.Page.GetByTestId("health-status")).ToHaveTextAsync("Degraded");
        await operations.ScreenshotAsync("operations-parked");

        console.Stores.Pos.Faults.Clear();
        await parked.GetByRole(AriaRole.Button, new() { Name = "Replay" }).ClickAsync();

        await Expect(operations.Page.GetByTestId("no-parked")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(operations.Page.GetByTestId("health-status")).ToHaveTextAsync("Healthy", new() { Timeout = 30_000 });
        await Eventually.HoldsAsync(() => console.Stores.Pos.Sales.Count(s => s.SourceId == $"{order.Id}") == 1, "the replayed order is one sale");
        await operations.ScreenshotAsync("operations");
        operations.AssertNoConsoleErrors();
    }

    [Fact]
    [Trait("Rule", "ALL-1")]
    public async Task ALL1_reconcile_inventory_now_runs_the_reconcile_shows_its_report_and_the_API_budget_counts_its_calls()
    {
        await using var operations = await ConsolePage.OpenAsync(console);
        await operations.SignInAsync("Online Sync", "/operations");
        var report = operations.Page.GetByTestId("inventory-report");
        await Expect(operations.Page.GetByRole(AriaRole.Heading, new() { Name = "Reconcile" })).ToBeVisibleAsync();
        var lastRunBefore = await report.CountAsync() == 0 ? null : await report.Locator("dd").First.TextContentAsync();

        await operations.Page.GetByRole(AriaRole.Button, new() { Name = "Reconcile inventory now" }).ClickAsync();

        await Expect(operations.Page.GetByText("Reconciled inventory.")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(report.Locator("dd").First).Not.ToHaveTextAsync(lastRunBefore ?? "");
        var checkedProducts = int.Parse(await report.Locator("div", new() { HasText = "Checked" }).Locator("dd").TextContentAsync() ?? "0");
        Assert.True(checkedProducts > 0, "the reconcile checked the demo store's products");

        // The reconcile read both catalogues: the budget chart counts those calls.
        foreach (var platform in new[] { "xseries", "ecom" })
        {
            var figures = await operations.Page.Locator($"figure[data-platform='{platform}'] tbody td:nth-child(2)").AllTextContentsAsync();
            Assert.True(figures.Sum(int.Parse) > 0, $"{platform} calls are counted");
        }
        await operations.ScreenshotAsync("operations-reconciled");
        operations.AssertNoConsoleErrors();
    }
}
