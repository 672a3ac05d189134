using System.Text.Json.Serialization;

namespace Sync.Infrastructure.Notifications;

public sealed record NotificationMessage(string Text);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(NotificationMessage))]
internal sealed partial class NotificationJson : JsonSerializerContext;
