using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sync.Simulators.Shared;

namespace Sync.Simulators.XSeries;

/// <summary>An in-process Retail POS (X-Series) API: 2.0 reads, 0.9 register sales, 2.0 beta fulfillments and webhooks.</summary>
public sealed partial class XSeriesSimulator : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly XSeriesSimulatorOptions options;
    private WebApplication app = null!;
    private long version;
    private int invoiceSequence;
    private int fulfillmentSequence;

    private XSeriesSimulator(XSeriesSimulatorOptions options)
    {
        this.options = options;
        RateLimit = new SimRateLimit(300 * options.Registers + 50, TimeSpan.FromMinutes(5), options.Time);
    }

    public Uri BaseUrl { get; private set; } = null!;
    public RequestLog Requests { get; } = new();
    public FaultPlan Faults { get; } = new();
    public SimRateLimit RateLimit { get; }
    public WebhookSender Webhooks { get; } = new();
    public string ClientSecret => options.ClientSecret;
    public string DomainPrefix => options.DomainPrefix;

    public static async Task<XSeriesSimulator> StartAsync(XSeriesSimulatorOptions? options = null)
    {
        var sim = new XSeriesSimulator(options ?? new XSeriesSimulatorOptions());
        (sim.app, sim.BaseUrl) = await SimulatorHost.StartAsync(sim.Map);
        return sim;
    }

    public async ValueTask DisposeAsync()
    {
        await Webhooks.FlushAsync();
        Webhooks.Dispose();
        await app.DisposeAsync();
    }

    private void Map(WebApplication web)
    {
        var middleware = new SimulatorMiddleware(Requests, Faults, RateLimit, options.Time, IsAuthorized, ThrottledAsync, RateHeaders);
        web.Use(next => context => middleware.InvokeAsync(context, next));
        web.Use(next => context => AnswerAsync(context, next));
        MapReads(web);
        MapSales(web);
        MapCustomers(web);
        MapFulfillments(web);
        MapWebhooks(web);
        MapToken(web);
        MapAdmin(web);
        MapSetup(web);
    }

    private long NextVersion() => ++version;

    private static string NewId() => Guid.NewGuid().ToString();

    private static void RateHeaders(HttpContext context, RateDecision decision)
    {
        context.Response.Headers["X-RateLimit-Limit"] = decision.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>429 with <c>Retry-After</c> as an RFC 1123 date, rounded up to the whole second.</summary>
    private static async Task ThrottledAsync(HttpContext context, RateDecision decision)
    {
        var retryAt = new DateTimeOffset(decision.RetryAt.Ticks - decision.RetryAt.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(1);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAt.ToString("R");
        await context.Response.WriteAsJsonAsync(new { error = "Too Many Requests", limit = decision.Limit });
    }
}
