using System.Text.Json.Serialization;

namespace Sync.Infrastructure.State;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(OrderStatusDocument))]
internal sealed partial class StatusJson : JsonSerializerContext;
