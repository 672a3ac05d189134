using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sync.Simulators.XSeries;

/// <summary>2.0 <c>/taxes</c> as the vendor documents it: each tax with its rates; the store's "No Tax" is 0 %.</summary>
public sealed partial class XSeriesSimulator
{
    private readonly List<SimTax> taxes = [];

    public IReadOnlyList<SimTax> Taxes
    {
        get
        {
            lock (gate)
            {
                EnsureTaxesLocked();
                return [.. taxes];
            }
        }
    }

    private void MapSetup(WebApplication web) =>
        web.MapGet("/api/2.0/taxes", (HttpRequest r) => Locked(() =>
        {
            EnsureTaxesLocked();
            return Page(taxes, t => t.Version, t => new
            {
                id = t.Id, name = t.Name, display_name = t.Name, version = t.Version, is_default = t.Rate > 0, deleted_at = (string?)null,
                rates = new[] { new { id = $"{t.Id}-rate", name = t.Name, rate = t.Rate, display_name = t.Name } },
            }, r);
        }));

    private void EnsureTaxesLocked()
    {
        if (taxes.Count == 0)
        {
            taxes.Add(new SimTax(NoTaxId, "No Tax", 0m, NextVersion()));
            taxes.Add(new SimTax(NewId(), "GST", 0.15m, NextVersion()));
        }
    }
}

public sealed record SimTax(string Id, string Name, decimal Rate, long Version);
