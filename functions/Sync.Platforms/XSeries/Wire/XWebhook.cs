namespace Sync.Platforms.XSeries.Wire;

internal sealed record XWebhook(string Id, string Type, string Url, bool Active);

internal sealed record XNewWebhook(string Url, bool Active, string Type);
