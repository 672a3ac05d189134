using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sync.Simulators.Shared;

/// <summary>A loopback receiver that records webhooks as they arrived (raw body, headers, query) and answers 200.</summary>
public sealed class WebhookInbox : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedWebhook> received = new();
    private WebApplication? app;

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<ReceivedWebhook> Received => received.ToArray();

    public static async Task<WebhookInbox> StartAsync()
    {
        var inbox = new WebhookInbox();
        (inbox.app, var baseUrl) = await SimulatorHost.StartAsync(a => a.MapPost("/hooks", inbox.ReceiveAsync));
        inbox.Url = new Uri(baseUrl, "hooks");
        return inbox;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        received.Enqueue(new ReceivedWebhook(
            body,
            request.ContentType ?? "",
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            request.Query.ToDictionary(q => q.Key, q => q.Value.ToString())));
        return Results.Ok();
    }
}

public sealed record ReceivedWebhook(string Body, string ContentType, IReadOnlyDictionary<string, string> Headers, IReadOnlyDictionary<string, string> Query);
