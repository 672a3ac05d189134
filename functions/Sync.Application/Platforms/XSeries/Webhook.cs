namespace Sync.Application.Platforms.XSeries;

public sealed record Webhook(string Id, string Type, Uri Url, bool Active);
