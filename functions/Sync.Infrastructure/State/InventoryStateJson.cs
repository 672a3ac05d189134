using System.Text.Json.Serialization;
using Sync.Application.Inventory;
using Sync.Rules.Inventory;

namespace Sync.Infrastructure.State;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(CatalogueLink))]
[JsonSerializable(typeof(InventoryReport))]
[JsonSerializable(typeof(List<OutletLevel>))]
[JsonSerializable(typeof(DateTimeOffset))]
[JsonSerializable(typeof(long))]
public sealed partial class InventoryStateJson : JsonSerializerContext;
