using System.Text.Json.Serialization;
using Sync.Application.Platforms.XSeries;

namespace Sync.Infrastructure.State;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true, WriteIndented = false)]
[JsonSerializable(typeof(IReadOnlyList<SaleDraft>))]
public sealed partial class OrderStateJson : JsonSerializerContext;
