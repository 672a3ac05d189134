namespace Sync.Application.Platforms.XSeries;

public enum WebhookRegistration { Registered, AlreadyRegistered }
