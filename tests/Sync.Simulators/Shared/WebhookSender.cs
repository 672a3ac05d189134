using System.Text;

namespace Sync.Simulators.Shared;

/// <summary>
/// Sends webhooks in the background, never into the caller: duplicates, delays, reorders (buffers until
/// <see cref="FlushAsync"/> and shuffles) and drops a share, all from a seeded <see cref="Random"/>.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly Lock gate = new();
    private readonly List<WebhookMessage> buffered = [];
    private readonly List<Task> inFlight = [];
    private readonly List<WebhookDelivery> deliveries = [];
    private Random random = new(1);

    /// <summary>Receives every webhook (X-Series also sends to the URLs registered through its API).</summary>
    public Uri? TargetUrl { get; set; }
    public int Copies { get; set; } = 1;
    public TimeSpan Delay { get; set; }
    public bool Reorder { get; set; }
    public int DropPercent { get; set; }
    public bool Paused { get; set; }

    public int Seed
    {
        set { lock (gate) { random = new Random(value); } }
    }

    public IReadOnlyList<WebhookDelivery> Deliveries
    {
        get { lock (gate) { return deliveries.ToList(); } }
    }

    /// <summary>Sends what is buffered (shuffled when reordering) and waits for every delivery to end.</summary>
    public async Task FlushAsync()
    {
        Task[] pending;
        lock (gate)
        {
            var release = buffered.OrderBy(_ => Reorder ? random.Next() : 0).ToList();
            buffered.Clear();
            release.ForEach(StartLocked);
            pending = inFlight.ToArray();
            inFlight.Clear();
        }
        await Task.WhenAll(pending);
    }

    public void Dispose() => http.Dispose();

    internal void Send(WebhookMessage message)
    {
        lock (gate)
        {
            if (random.Next(100) < DropPercent)
            {
                deliveries.Add(Delivery(message, null, null, dropped: true));
                return;
            }
            for (var copy = 0; copy < Math.Max(1, Copies); copy++)
            {
                if (Reorder || Paused)
                {
                    buffered.Add(message);
                }
                else
                {
                    StartLocked(message);
                }
            }
        }
    }

    private void StartLocked(WebhookMessage message) => inFlight.Add(Task.Run(() => DeliverAsync(message)));

    private async Task DeliverAsync(WebhookMessage message)
    {
        WebhookDelivery delivery;
        try
        {
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay);
            }
            using var request = new HttpRequestMessage(HttpMethod.Post, message.Url)
            {
                Content = new StringContent(message.Body, Encoding.UTF8, message.ContentType),
            };
            foreach (var (name, value) in message.Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
            using var response = await http.SendAsync(request);
            delivery = Delivery(message, (int)response.StatusCode, null, dropped: false);
        }
        catch (Exception e)
        {
            delivery = Delivery(message, null, e.GetType().Name, dropped: false);
        }
        lock (gate)
        {
            deliveries.Add(delivery);
        }
    }

    private static WebhookDelivery Delivery(WebhookMessage m, int? status, string? error, bool dropped) =>
        new(m.Type, m.Url, m.Body, m.Headers, status, error, dropped);
}
