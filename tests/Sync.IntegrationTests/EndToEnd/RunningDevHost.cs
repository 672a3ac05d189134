using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sync.Application.Processing;
using Sync.Infrastructure.State;

namespace Sync.IntegrationTests.EndToEnd;

/// <summary>The dev host on a free loopback port with its own in-memory Azurite, as the run command starts it.</summary>
internal sealed class RunningDevHost : IAsyncDisposable
{
    public const string XSeriesSecret = "e2e-xseries-secret";
    public const string EcomSecret = "e2e-ecom-secret";

    /// <summary>ALL-6: the dev host's host key (<c>DevHost:HostKey</c>); <see cref="Http"/> sends it on every request.</summary>
    public const string HostKey = "e2e-host-key";
    private readonly WebApplication app;

    private RunningDevHost(WebApplication app)
    {
        this.app = app;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        Http.DefaultRequestHeaders.Add("x-functions-key", HostKey);
        Anonymous = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    /// <summary>A client that carries the function key, as an operator's or a registered webhook's would.</summary>
    public HttpClient Http { get; }

    /// <summary>A client with no credentials at all.</summary>
    public HttpClient Anonymous { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<RunningDevHost> StartAsync(IEnumerable<string>? settings = null, Action<IServiceCollection>? overrideServices = null)
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--DevHost:Azurite=start",
            "--DevHost:Simulators=none",
            $"--XSeries:ClientSecret={XSeriesSecret}",
            $"--Ecom:ClientSecret={EcomSecret}",
            "--Logging:LogLevel:Default=Warning",
            $"--DevHost:HostKey={HostKey}",
            .. settings ?? [],
        ];
        var withPlatforms = args.Contains("--DevHost:Simulators=start");
        var app = await Sync.DevHost.DevHost.BuildAsync(args, services =>
        {
            // Without the simulators no platform answers, so the pipeline runs with only the handlers a test adds.
            if (!withPlatforms)
            {
                services.RemoveAll<IEventHandler>();
            }

            overrideServices?.Invoke(services);
        });
        await app.StartAsync();
        return new RunningDevHost(app);
    }

    public async Task<int> CountAsync(string table, string? filter = null)
    {
        var tables = Services.GetRequiredService<TableServiceClient>();
        await tables.CreateTableIfNotExistsAsync(table);
        return await tables.GetTableClient(table).QueryAsync<TableEntity>(filter).CountAsync();
    }

    public Task<int> ProcessedEventsAsync() => CountAsync(TableNames.Events, "Pending eq false");

    public async Task<int> QueuedAsync(string queue)
    {
        var client = Services.GetRequiredService<QueueServiceClient>().GetQueueClient(queue);
        return (await client.ExistsAsync()).Value ? (await client.GetPropertiesAsync()).Value.ApproximateMessagesCount : 0;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Anonymous.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
