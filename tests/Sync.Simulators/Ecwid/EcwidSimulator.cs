using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sync.Simulators.Shared;

namespace Sync.Simulators.Ecwid;

/// <summary>An in-process Ecwid REST API v3 for one store: products, combinations, orders, customers, webhooks.</summary>
public sealed partial class EcwidSimulator : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly EcwidSimulatorOptions options;
    private readonly Random random;
    private readonly ConcurrentDictionary<string, int> notUpdated = new();
    private WebApplication app = null!;

    private EcwidSimulator(EcwidSimulatorOptions options)
    {
        this.options = options;
        random = options.Seed is { } seed ? new Random(seed) : new Random();
        RateLimit = new SimRateLimit(options.RequestsPerMinute, TimeSpan.FromMinutes(1), options.Time);
    }

    public Uri BaseUrl { get; private set; } = null!;
    public long StoreId => options.StoreId;
    public string ClientSecret => options.ClientSecret;
    public RequestLog Requests { get; } = new();
    public FaultPlan Faults { get; } = new();
    public SimRateLimit RateLimit { get; }
    public WebhookSender Webhooks { get; } = new();

    /// <summary>
    /// The next <paramref name="count"/> writes to <paramref name="endpoint"/> (<c>PUT /api/v3/{storeId}/orders/{orderId}</c>)
    /// answer <c>{"updateCount":0}</c> and change nothing, as Ecwid does for an update it did not make.
    /// </summary>
    public void AnswerNotUpdated(string endpoint, int count = 1) => notUpdated[endpoint] = count;

    public static async Task<EcwidSimulator> StartAsync(EcwidSimulatorOptions? options = null)
    {
        var sim = new EcwidSimulator(options ?? new EcwidSimulatorOptions());
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
        var middleware = new SimulatorMiddleware(Requests, Faults, RateLimit, options.Time, IsAuthorized, ThrottledAsync, (_, _) => { });
        web.Use(next => context => middleware.InvokeAsync(context, next));
        var store = web.MapGroup("/api/v3/{storeId:long}");
        MapProducts(store);
        MapOrders(store);
        MapCustomers(store);
        web.MapGet("/_sim/state", () => Locked(() => Results.Json(new { products = products.Values, orders = orders.Values, customers })));
        web.MapGet("/_sim/requests", () => Results.Json(Requests.Entries));
        web.MapGet("/_sim/webhooks", () => Results.Json(Webhooks.Deliveries.Select(d => new { d.Type, d.Url, d.Status, d.Error, d.Dropped })));
        MapDemoActions(web);
    }

    private bool IsAuthorized(HttpContext context) =>
        context.Request.Headers.Authorization.ToString() == $"Bearer {options.AccessToken}"
        && context.Request.RouteValues["storeId"]?.ToString() == options.StoreId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private bool TakeNotUpdated(HttpRequest request)
    {
        var endpoint = $"{request.Method} {(request.HttpContext.GetEndpoint() as Microsoft.AspNetCore.Routing.RouteEndpoint)?.RoutePattern.RawText}"
            .Replace(":long", "", StringComparison.Ordinal);
        return notUpdated.TryGetValue(endpoint, out var left) && left > 0 && notUpdated.TryUpdate(endpoint, left - 1, left);
    }

    /// <summary>429 with <c>Retry-After</c> in whole seconds (the documented cooldown N).</summary>
    private async Task ThrottledAsync(HttpContext context, RateDecision decision)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling((decision.RetryAt - options.Time.GetUtcNow()).TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await context.Response.WriteAsJsonAsync(new { errorMessage = "Too many requests" });
    }

    private IResult Locked(Func<IResult> action)
    {
        lock (gate)
        {
            return action();
        }
    }

    private static IResult Paged<T>(IEnumerable<T> items, HttpRequest r, Func<T, object> shape)
    {
        var all = items.ToList();
        var offset = int.TryParse(r.Query["offset"], out var o) ? o : 0;
        var limit = int.TryParse(r.Query["limit"], out var l) ? Math.Clamp(l, 1, 100) : 100;
        var page = all.Skip(offset).Take(limit).Select(shape).ToList();
        return Results.Json(new { total = all.Count, count = page.Count, offset, limit, items = page });
    }

    private static IResult NotFound() => Results.StatusCode(StatusCodes.Status404NotFound);
}
