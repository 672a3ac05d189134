using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Sync.Application.Notifications;
using Sync.Rules.Notifications;

namespace Sync.Infrastructure.Notifications;

/// <summary>
/// NOT-1's optional push: posts <c>{"text": ...}</c> (understood by Teams and Slack incoming webhooks).
/// Best effort: a failure is logged and never fails the order.
/// </summary>
public sealed partial class WebhookNotificationPublisher(IHttpClientFactory clients, ILogger<WebhookNotificationPublisher> logger) : INotificationPublisher
{
    public const string ClientName = "notifications";

    public async Task PublishAsync(Uri webhook, OrderNotification notification, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await clients.CreateClient(ClientName).PostAsJsonAsync(webhook,
                new NotificationMessage($"New online order #{notification.OrderNumber}: start picking {notification.Link}"),
                NotificationJson.Default.NotificationMessage, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(notification.OrderNumber, notification.FulfillmentId, (int)response.StatusCode);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex, notification.OrderNumber, notification.FulfillmentId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification webhook refused order {OrderNumber} fulfillment {FulfillmentId} with {Status}")]
    private partial void LogRefused(string orderNumber, string fulfillmentId, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification webhook failed for order {OrderNumber} fulfillment {FulfillmentId}")]
    private partial void LogFailed(Exception exception, string orderNumber, string fulfillmentId);
}
