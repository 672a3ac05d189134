using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sync.Application.Platforms.XSeries;
using Sync.Application.Webhooks;
using Sync.Platforms.XSeries;

// Operator commands, with the app's own X-Series client. The store comes from the app's settings as environment variables:
// XSeries__DomainPrefix (or XSeries__BaseUrl) and XSeries__PersonalToken. (An OAuth app registers with POST /api/ops/webhooks/register.)
var baseUrl = new Option<Uri>("--app-url") { Description = "The function app's base URL, e.g. https://myapp.azurewebsites.net", Required = true };
var key = new Option<string?>("--key") { Description = "The function key that authenticates deliveries (put in each URL as ?code=)" };

var register = new Command("register", "Register the webhook types the sync uses (idempotent)") { baseUrl, key };
register.SetAction(async (parse, cancellationToken) =>
{
    var added = await Subscriptions().RegisterAsync(parse.GetValue(baseUrl)!, parse.GetValue(key), cancellationToken);
    Console.WriteLine(added.Count == 0 ? "Every type was registered already." : $"Registered: {string.Join(", ", added)}");
    await PrintAsync(cancellationToken);
});

var list = new Command("list", "List which webhook types are registered, at which URL");
list.SetAction((_, cancellationToken) => PrintAsync(cancellationToken));

var remove = new Command("remove", "Remove every webhook registered on this app's receiver") { baseUrl };
remove.SetAction(async (parse, cancellationToken) =>
    Console.WriteLine($"Removed {await Subscriptions().RemoveAsync(parse.GetValue(baseUrl)!, cancellationToken)} webhook(s)."));

var root = new RootCommand("Sync.Functions operator commands") { new Command("webhooks", "X-Series webhook registrations") { register, list, remove } };
return await root.Parse(args).InvokeAsync();

static XSeriesWebhookSubscriptions Subscriptions()
{
    var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
    var services = new ServiceCollection().AddLogging().AddXSeriesClient(configuration).BuildServiceProvider();
    return new XSeriesWebhookSubscriptions(services.GetRequiredService<IXSeriesClient>());
}

static async Task PrintAsync(CancellationToken cancellationToken)
{
    foreach (var status in await Subscriptions().ListAsync(cancellationToken))
    {
        Console.WriteLine($"{status.Type,-18} {(status.Registered ? string.Join(" ", status.Urls) : "not registered")}");
    }
}
