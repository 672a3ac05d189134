using System.Text.Json.Serialization;

namespace Sync.Platforms.XSeries.Wire;

/// <summary>2.0 <c>/taxes</c>: a tax is the sum of its rates.</summary>
internal sealed record XTax(string Id, string? Name, string? DisplayName, IReadOnlyList<XTaxRate>? Rates, string? DeletedAt, long Version);

internal sealed record XTaxRate(string? Id, decimal Rate);

/// <summary>2.0 <c>/users</c> with the fields setup shows.</summary>
internal sealed record XStaff(string Id, string Username, string? DisplayName, string? Email, IReadOnlyList<string>? RestrictedOutletIds, long Version);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(XPage<XTax>))]
[JsonSerializable(typeof(XPage<XStaff>))]
internal sealed partial class XSeriesSetupJsonContext : JsonSerializerContext;
