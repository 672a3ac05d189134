using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sync.DevHost;
using Sync.IntegrationTests.EndToEnd;
using Sync.Simulators.XSeries;

namespace Sync.IntegrationTests.Settings;

/// <summary>ALL-5 through the dev host and the simulators: the settings round trip, validation by the live POS, setup by name.</summary>
public sealed class SettingsEndpointTests : IAsyncLifetime
{
    private RunningDevHost host = null!;
    private DemoStores stores = null!;

    private XSeriesDemoStore Demo => stores.Catalogue;

    public async Task InitializeAsync()
    {
        host = await RunningDevHost.StartAsync(["--DevHost:Simulators=start", "--Sync:Settings:CoalescingWindow=00:00:00.200"]);
        stores = host.Services.GetRequiredService<DemoStores>();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    [Trait("Rule", "ALL-5")]
    public async Task ALL5_the_GET_body_put_back_unchanged_is_a_no_op_and_stock_still_follows_POS()
    {
        using var get = await host.Http.GetAsync("/api/ops/settings");
        var body = await get.Content.ReadAsStringAsync();
        var version = get.Headers.ETag!.ToString();

        using var put = await SettingsApi.PutRawAsync(host.Http, body, version);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(version, put.Headers.ETag!.ToString());
        var (after, afterVersion) = await SettingsApi.GetAsync(host.Http);
        Assert.Equal((Demo.OnlineRegisters[0].Id, Demo.User.Id, Demo.NoTaxId, version), (after.OnlineRegisterId, after.SaleUserId, after.NoTaxId, afterVersion));

        // The first version's failure: the next stock event set the product's eCom level to 0.
        var tee = Demo.Products.Single(p => p.Sku == "TEE-M");
        stores.Pos.SetStock(tee.Id, Demo.Outlets[0].Id, 9);
        var expected = Demo.Outlets.Sum(o => (int)stores.Pos.StockOf(tee.Id, o.Id));
        await Eventually.HoldsAsync(() => Task.FromResult(stores.Ecom.QuantityOf("TEE-M") == expected), "eCom shows the POS sum", 30);
    }

    [Fact]
    [Trait("Rule", "ALL-5")]
    public async Task ALL5_the_old_wrapped_body_or_one_that_clears_required_settings_is_refused_and_nothing_changes()
    {
        var (before, version) = await SettingsApi.GetAsync(host.Http);

        using var wrapped = await SettingsApi.PutRawAsync(host.Http, JsonSerializer.Serialize(new { settings = before, version }, JsonSerializerOptions.Web), version);
        using var cleared = await SettingsApi.PutRawAsync(host.Http, "{}", version);

        await AssertProblemAsync(wrapped, HttpStatusCode.BadRequest);
        var errors = await ErrorsAsync(cleared);
        Assert.Contains("onlineRegisterId", errors.Keys);
        Assert.Contains("saleUserId", errors.Keys);
        Assert.Contains("noTaxId", errors.Keys);
        var (after, afterVersion) = await SettingsApi.GetAsync(host.Http);
        Assert.Equal(version, afterVersion);
        Assert.Equal(JsonSerializer.Serialize(before), JsonSerializer.Serialize(after));
    }

    [Fact]
    [Trait("Rule", "ALL-5")]
    public async Task ALL5_a_bad_register_or_a_made_up_sale_user_is_refused_naming_each_field_and_nothing_changes()
    {
        var (before, version) = await SettingsApi.GetAsync(host.Http);
        var harbour = Demo.Outlets[1].Id;
        var bad = before with
        {
            OnlineRegisterId = "made-up-register",
            SaleUserId = Guid.NewGuid().ToString(),
            RegisterByOutlet = new Dictionary<string, string>(before.RegisterByOutlet) { [harbour] = Demo.OnlineRegisters[0].Id },
            NoTaxId = stores.Pos.Taxes.Single(t => t.Rate > 0).Id,
            ConnectedOutletIds = [.. before.ConnectedOutletIds, "made-up-outlet"],
        };

        using var response = await SettingsApi.PutAsync(host.Http, bad, version);

        var errors = await ErrorsAsync(response);
        Assert.Contains("made-up-register", Assert.Single(errors["onlineRegisterId"]));
        Assert.Contains("is not a POS user", Assert.Single(errors["saleUserId"]));
        Assert.Contains("belongs to outlet 'Main Street'", Assert.Single(errors["registerByOutlet"]));
        Assert.Contains("GST", Assert.Single(errors["noTaxId"]));
        Assert.Contains("made-up-outlet", Assert.Single(errors["connectedOutletIds"]));
        var (after, afterVersion) = await SettingsApi.GetAsync(host.Http);
        Assert.Equal(version, afterVersion);
        Assert.Equal(JsonSerializer.Serialize(before), JsonSerializer.Serialize(after));
    }

    [Fact]
    [Trait("Rule", "ALL-5")]
    public async Task ALL5_a_valid_change_is_saved_whole_and_a_stale_garbage_missing_or_absurd_request_gets_a_problem_not_a_500()
    {
        var (before, version) = await SettingsApi.GetAsync(host.Http);
        using var saved = await SettingsApi.PutAsync(host.Http, before with { OutletPriority = [Demo.Outlets[2].Id] }, version);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var newVersion = saved.Headers.ETag!.ToString();
        Assert.NotEqual(version, newVersion);

        await AssertProblemAsync(await SettingsApi.PutAsync(host.Http, before, version), HttpStatusCode.PreconditionFailed);
        await AssertProblemAsync(await SettingsApi.PutAsync(host.Http, before, "W/\"datetime'garbage\""), HttpStatusCode.PreconditionFailed);
        await AssertProblemAsync(await SettingsApi.PutAsync(host.Http, before, "not an etag at all"), HttpStatusCode.PreconditionFailed);
        await AssertProblemAsync(await SettingsApi.PutAsync(host.Http, before, null), HttpStatusCode.PreconditionRequired);
        await AssertProblemAsync(await SettingsApi.PutRawAsync(host.Http, "{\"outletPriority\":[" + string.Join(",", Enumerable.Repeat("\"x\"", 50_000)) + "]}", newVersion),
            HttpStatusCode.RequestEntityTooLarge);
        await AssertProblemAsync(await SettingsApi.PutRawAsync(host.Http, "{\"outletPriority\":", newVersion), HttpStatusCode.BadRequest);
        using var form = new HttpRequestMessage(HttpMethod.Put, "/api/ops/settings") { Content = new StringContent("a=b", System.Text.Encoding.UTF8, "text/plain") };
        form.Headers.TryAddWithoutValidation("If-Match", newVersion);
        await AssertProblemAsync(await host.Http.SendAsync(form), HttpStatusCode.UnsupportedMediaType);

        var (after, afterVersion) = await SettingsApi.GetAsync(host.Http);
        Assert.Equal((newVersion, Demo.Outlets[2].Id), (afterVersion, Assert.Single(after.OutletPriority)));
    }

    [Fact]
    [Trait("Rule", "ALL-6")]
    public async Task ALL6_the_notification_url_must_be_https_to_a_public_host_loopback_only_in_the_dev_host()
    {
        var (before, version) = await SettingsApi.GetAsync(host.Http);

        foreach (var url in new[] { "http://hooks.example.com/x", "https://10.1.2.3/x", "https://192.168.0.7/x", "ftp://hooks.example.com/x" })
        {
            var errors = await ErrorsAsync(await SettingsApi.PutAsync(host.Http, before with { NotificationWebhookUrl = new Uri(url) }, version));
            Assert.Contains("notificationWebhookUrl", errors.Keys);
        }

        using var local = await SettingsApi.PutAsync(host.Http, before with { NotificationWebhookUrl = new Uri("http://127.0.0.1:9/hook") }, version);
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    [Fact]
    [Trait("Rule", "ALL-5")]
    public async Task ALL5_setup_lists_the_store_by_name_with_ids()
    {
        var setup = await host.Http.GetFromJsonAsync<JsonElement>("/api/ops/setup");

        Assert.Equal(Demo.Outlets.Select(o => (o.Id, o.Name)).Order(), Pairs(setup, "outlets").Order());
        var registers = setup.GetProperty("registers").EnumerateArray().ToList();
        Assert.All(Demo.OnlineRegisters, r => Assert.Contains(registers, x =>
            x.GetProperty("id").GetString() == r.Id && x.GetProperty("name").GetString() == r.Name && x.GetProperty("outletId").GetString() == r.OutletId));
        var user = Assert.Single(setup.GetProperty("users").EnumerateArray(), u => u.GetProperty("id").GetString() == Demo.User.Id);
        Assert.Equal(Demo.User.DisplayName, user.GetProperty("name").GetString());
        Assert.Equal(Demo.Outlets.Count, user.GetProperty("outletIds").GetArrayLength());
        var noTax = Assert.Single(setup.GetProperty("taxes").EnumerateArray(), t => t.GetProperty("id").GetString() == Demo.NoTaxId);
        Assert.Equal(("No Tax", 0m), (noTax.GetProperty("name").GetString(), noTax.GetProperty("rate").GetDecimal()));
        Assert.Equal(Demo.PaymentTypes.Select(p => (p.Id, p.Name)).Order(), Pairs(setup, "paymentTypes").Order());
        var product = Assert.Single(setup.GetProperty("products").EnumerateArray());
        Assert.Equal("CARD-GIFT", product.GetProperty("sku").GetString());
    }

    private static IEnumerable<(string, string)> Pairs(JsonElement setup, string name) =>
        setup.GetProperty(name).EnumerateArray().Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("name").GetString()!));

    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        return problem.GetProperty("errors").EnumerateObject()
            .ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());
    }
}
