using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Sync.Functions.Web;

namespace Sync.Browser.Tests;

/// <summary>host.json's route prefix is empty so that the console answers at /; every other function keeps /api/.</summary>
public sealed class RouteTests
{
    [Fact]
    public void Every_HTTP_function_but_the_console_page_answers_under_api()
    {
        var routes = typeof(ConsoleAssets).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null && m.DeclaringType != typeof(ConsoleAssets))
            .SelectMany(m => m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()?.Route))
            .OfType<string>()
            .ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.StartsWith("api/", r, StringComparison.Ordinal));
    }
}
