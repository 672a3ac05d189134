using Sync.Application.Platforms.XSeries;
using Sync.Application.Settings;

namespace Sync.UnitTests.Settings;

public sealed class SettingsValidatorTests
{
    private static readonly StoreDirectory Store = new(
        [new Outlet("o1", "Main Street"), new Outlet("o2", "Harbour")],
        [new Register("r1", "Online", "o1"), new Register("r2", "Harbour till", "o2")],
        [new StaffMember("u1", "Online Sync", "sync@example.com", []), new StaffMember("u2", "Harbour Staff", null, ["o2"])],
        [new PosTax("t0", "No Tax", 0m), new PosTax("t15", "GST", 0.15m)],
        [new PaymentType("p1", "eCom", 7)]);

    private static readonly SyncSettings Valid = new()
    {
        OnlineRegisterId = "r1",
        SaleUserId = "u1",
        NoTaxId = "t0",
        ConnectedOutletIds = ["o2"],
        RegisterByOutlet = new Dictionary<string, string> { ["o2"] = "r2" },
        OutletPriority = ["o2", "o1"],
    };

    private static readonly SettingsValidationOptions Azure = new();

    [Fact]
    [Trait("Rule", "ALL-5")]
    public void ALL5_complete_settings_whose_ids_resolve_are_valid() =>
        Assert.False(SettingsValidator.Check(Valid, Store, Azure).Any);

    [Fact]
    [Trait("Rule", "ALL-5")]
    public void ALL5_an_empty_document_names_every_required_setting() =>
        Assert.Equal(["noTaxId", "onlineRegisterId", "saleUserId"], SettingsValidator.Check(new SyncSettings(), Store, Azure).Fields.Order());

    [Fact]
    [Trait("Rule", "ALL-5")]
    public void ALL5_a_connected_outlet_without_its_register_or_a_user_who_may_not_use_it_is_refused()
    {
        var problems = SettingsValidator.Check(Valid with { RegisterByOutlet = new Dictionary<string, string>(), SaleUserId = "u2" }, Store, Azure);

        Assert.Contains("Harbour", Assert.Single(problems.Errors["registerByOutlet"]));
        Assert.Contains("Main Street", Assert.Single(problems.Errors["saleUserId"]));
    }

    [Fact]
    [Trait("Rule", "ALL-5")]
    public void ALL5_shipping_method_outlets_must_be_connected_priorities_known_and_buffers_not_negative()
    {
        var problems = SettingsValidator.Check(
            Valid with
            {
                ConnectedOutletIds = [],
                RegisterByOutlet = new Dictionary<string, string>(),
                ShippingMethodOutlets = new Dictionary<string, string> { ["Pickup at Harbour"] = "o2" },
                OutletBuffers = new Dictionary<string, int> { ["o1"] = -1 },
                OutletPriority = ["o2", "o9"],
            },
            Store,
            Azure);

        Assert.Equal(["outletBuffers", "outletPriority", "shippingMethodOutlets"], problems.Fields.Order());
    }

    [Theory]
    [Trait("Rule", "ALL-6")]
    [InlineData("https://hooks.example.com/notify", true)]
    [InlineData("http://hooks.example.com/notify", false)]
    [InlineData("https://127.0.0.1/notify", false)]
    [InlineData("https://localhost/notify", false)]
    [InlineData("https://10.0.0.4/notify", false)]
    [InlineData("https://172.20.1.1/notify", false)]
    [InlineData("https://169.254.169.254/metadata", false)]
    [InlineData("https://[::1]/notify", false)]
    [InlineData("https://[fd00::1]/notify", false)]
    public void ALL6_in_Azure_the_notification_url_is_https_to_a_public_host(string url, bool allowed) =>
        Assert.Equal(allowed, SettingsValidator.NotificationUrlProblem(new Uri(url), Azure) is null);

    [Fact]
    [Trait("Rule", "ALL-6")]
    public void ALL6_the_dev_host_also_allows_loopback_http_and_nothing_else()
    {
        var devHost = new SettingsValidationOptions { AllowLoopbackNotificationUrl = true };

        Assert.Null(SettingsValidator.NotificationUrlProblem(new Uri("http://127.0.0.1:5000/hook"), devHost));
        Assert.NotNull(SettingsValidator.NotificationUrlProblem(new Uri("http://hooks.example.com/hook"), devHost));
        Assert.NotNull(SettingsValidator.NotificationUrlProblem(new Uri("https://192.168.1.1/hook"), devHost));
    }
}
