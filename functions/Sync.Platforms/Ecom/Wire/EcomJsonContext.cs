using System.Text.Json.Serialization;

namespace Sync.Platforms.Ecom.Wire;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EPage<EOrder>))]
[JsonSerializable(typeof(EOrder))]
[JsonSerializable(typeof(EOrderStatusUpdate))]
[JsonSerializable(typeof(EPage<EProduct>))]
[JsonSerializable(typeof(EProduct))]
[JsonSerializable(typeof(ECombination))]
[JsonSerializable(typeof(EStockUpdate))]
[JsonSerializable(typeof(EPage<ECustomer>))]
[JsonSerializable(typeof(EUpdated))]
internal sealed partial class EcomJsonContext : JsonSerializerContext;
