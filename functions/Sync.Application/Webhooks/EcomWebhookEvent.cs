namespace Sync.Application.Webhooks;

/// <summary>An Ecwid delivery: the fields its signature covers, and the event it names.</summary>
public sealed record EcomWebhookEvent(string EventId, long EventCreated, string? StoreId, WebhookEvent Event);
