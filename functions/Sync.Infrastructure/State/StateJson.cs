using System.Text.Json;
using System.Text.Json.Serialization;
using Sync.Application.Orders;
using Sync.Application.Settings;

namespace Sync.Infrastructure.State;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(SyncSettings))]
[JsonSerializable(typeof(OrderLink))]
public sealed partial class StateJson : JsonSerializerContext;
