using System.Diagnostics;
using Microsoft.Playwright;
using Sync.Simulators.Ecwid;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Sync.Browser.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class StaffBellTests(ConsoleFixture console, ITestOutputHelper output)
{
    [Fact]
    [Trait("Rule", "NOT-1")]
    [Trait("Rule", "NOT-2")]
    public async Task NOT2_an_online_order_rings_the_bell_within_5_s_for_staff_of_its_outlet_and_not_for_staff_of_another()
    {
        await using var mainStreet = await ConsolePage.OpenAsync(console);
        await using var harbour = await ConsolePage.OpenAsync(console, new ViewportSize { Width = 390, Height = 844 });
        await mainStreet.SignInAsync(console.Staff.MainStreet);
        await harbour.SignInAsync(console.Staff.Harbour);
        var unreadBefore = int.Parse(await mainStreet.Page.GetByTestId("unread").TextContentAsync() ?? "0");

        // TEE-M is held at Main Street, the first outlet by priority (ORD-7), so the whole order is fulfilled there.
        var order = console.Stores.Ecom.PlaceOrder("ada@example.com", "Ada Lovelace", [new OrderLine("TEE-M", 1)]);

        var item = mainStreet.Page.Locator($"li[data-order='{order.Id}']");
        var placed = Stopwatch.StartNew();
        var sold = Eventually.HoldsAsync(() => console.Stores.Pos.Sales.Any(s => s.SourceId == $"{order.Id}"), "the order is a sale")
            .ContinueWith(_ => output.WriteLine($"The sale was written {placed.ElapsedMilliseconds} ms after the order was placed."), TaskScheduler.Default);
        await Expect(item).ToBeVisibleAsync(new() { Timeout = 5_000 });
        output.WriteLine($"The bell rang {placed.ElapsedMilliseconds} ms after the order was placed.");
        await sold;
        await Expect(mainStreet.Page.GetByTestId("unread")).ToHaveTextAsync($"{unreadBefore + 1}");
        var link = await item.GetByRole(AriaRole.Link, new() { Name = "Open fulfillment in POS" }).GetAttributeAsync("href");
        var fulfillment = Assert.Single(console.Stores.Pos.Fulfillments, f => console.Stores.Pos.Sales.Single(s => s.Id == f.SaleId).SourceId == $"{order.Id}");
        Assert.EndsWith(fulfillment.Id, link);
        await mainStreet.ScreenshotAsync("bell");

        await harbour.Page.ReloadAsync();
        await Expect(harbour.Page.GetByTestId("unread")).ToBeVisibleAsync();
        await Expect(harbour.Page.Locator($"li[data-order='{order.Id}']")).ToHaveCountAsync(0);
        await harbour.ScreenshotAsync("bell-phone");

        await item.GetByRole(AriaRole.Button, new() { Name = "Mark as read" }).ClickAsync();
        await Expect(item).ToHaveClassAsync("read");
        await Expect(mainStreet.Page.GetByTestId("unread")).ToHaveTextAsync($"{unreadBefore}");
        mainStreet.AssertNoConsoleErrors();
        harbour.AssertNoConsoleErrors();
    }

    [Fact]
    [Trait("Rule", "NOT-1")]
    public async Task NOT1_staff_sign_in_and_mark_an_order_read_with_the_keyboard_alone()
    {
        await using var staff = await ConsolePage.OpenAsync(console);
        await staff.Page.GotoAsync("/");
        await Expect(staff.Page.GetByRole(AriaRole.Button, new() { Name = console.Staff.MainStreet })).ToBeVisibleAsync();

        await staff.TabToAndPressAsync(console.Staff.MainStreet);

        await Expect(staff.Page.GetByRole(AriaRole.Link, new() { Name = "Sign out" })).ToBeVisibleAsync();
        var order = console.Stores.Ecom.PlaceOrder("ada@example.com", "Ada Lovelace", [new OrderLine("TEE-S", 1)]);
        var item = staff.Page.Locator($"li[data-order='{order.Id}']");
        await Expect(item).ToHaveClassAsync("unread", new() { Timeout = 15_000 });
        // Newest first: the first "Mark as read" the Tab key reaches is this order's.
        await staff.TabToAndPressAsync("Mark as read");
        await Expect(item).ToHaveClassAsync("read");
        staff.AssertNoConsoleErrors();
    }
}
