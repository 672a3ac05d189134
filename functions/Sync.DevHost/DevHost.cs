using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sync.Application.Settings;
using Sync.Functions;
using Sync.Functions.Webhooks;
using Sync.Infrastructure;

namespace Sync.DevHost;

/// <summary>
/// Hosts the function app's classes as Functions would: HTTP functions as endpoints under <c>/api</c>,
/// queue functions fed from Azurite with host.json's poison behaviour, timers on their schedules.
/// It holds no sync logic: every call lands in the same function methods that Azure runs.
/// </summary>
public static class DevHost
{
    /// <param name="overrideServices">Replaces registrations after the app's own (tests use it to inject faults).</param>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<IServiceCollection>? overrideServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddLocalSettings(AppContext.BaseDirectory, args);
        ServiceBusTriggers.EnsureFor(builder.Configuration);

        var azurite = builder.Configuration["DevHost:Azurite"] == "start" ? await Azurite.StartAsync(CancellationToken.None) : null;
        if (azurite is not null)
        {
            builder.Configuration["AzureWebJobsStorage"] = azurite.ConnectionString;
            builder.Services.AddSingleton(_ => azurite);
        }

        var demo = builder.Configuration["DevHost:Simulators"] == "start" ? await DemoStores.StartAsync(builder.Configuration) : null;
        if (demo is not null)
        {
            builder.Services.AddSingleton(_ => demo);
        }

        var functions = FunctionCatalog.Discover(typeof(XSeriesWebhook).Assembly);
        builder.Services.AddSync(builder.Configuration);
        builder.Services.AddFunctionServices();
        builder.Services.AddControllers();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<FunctionKeys>();
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();

        // The dev host's test receivers listen on loopback; in Azure the notification URL must be public https.
        builder.Configuration[$"{SettingsValidationOptions.Section}:AllowLoopbackNotificationUrl"] ??= "true";

        // The X-Series webhook is Function level: the URLs the app registers carry the dev host's key.
        builder.Configuration["XSeries:WebhookKey"] ??= builder.Configuration["DevHost:HostKey"];
        var hostSettings = HostSettings.Load(AppContext.BaseDirectory, builder.Configuration);
        builder.Services.AddSingleton(hostSettings);
        if (builder.Configuration.GetValue("DevHost:QueueTriggers", true))
        {
            builder.Services.AddQueueListeners(functions.Queues);
        }

        builder.Services.AddTimers(functions.Timers, builder.Configuration);
        overrideServices?.Invoke(builder.Services);

        var app = builder.Build();

        // Resolved now, so that the container owns them and stops them when the app is disposed.
        app.Services.GetService<Azurite>();
        app.Services.GetService<DemoStores>();
        app.UseStatusCodePages();
        app.UseLocalSignIn();
        app.MapHttpFunctions(functions.Http, hostSettings.RoutePrefix);
        var keys = app.Services.GetRequiredService<FunctionKeys>();
        demo?.WireWebhooks(app, keys.HostKey);
        app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
            "Function-level endpoints need a key, as in Azure: header {Header}: {HostKey} (or ?code=)", FunctionKeys.Header, keys.HostKey ?? "(none set: DevHost:HostKey)"));
        return app;
    }
}
