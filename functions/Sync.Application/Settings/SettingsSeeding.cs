using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sync.Application.Platforms.XSeries;

namespace Sync.Application.Settings;

/// <summary>
/// A first deploy (ALL-5): while no settings are stored, the names given in <see cref="SettingsSeedOptions"/> are
/// resolved against POS, validated, and saved as the runtime settings. A name that does not resolve is logged
/// and nothing is saved: the sync stays NotConfigured and health names what is missing.
/// </summary>
public sealed partial class SettingsSeeding(
    RuntimeSettings runtime,
    IXSeriesClient pos,
    IPosSetupReads setup,
    SettingsValidator validator,
    SyncReadiness readiness,
    IOptions<SettingsSeedOptions> options,
    ILogger<SettingsSeeding> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seed = options.Value;
        var current = await runtime.ReadStoredAsync(cancellationToken);
        if (current.Version is not null || !seed.Any)
        {
            return;
        }

        var store = await StoreDirectory.ReadAsync(pos, setup, cancellationToken);
        var unresolved = new List<string>();
        string? Resolve<T>(string setting, string? name, IEnumerable<T> items, Func<T, string> id, params Func<T, string?>[] names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return null;
            }

            var found = items.FirstOrDefault(i => names.Any(n => string.Equals(n(i)?.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)));
            if (found is null)
            {
                unresolved.Add($"{setting} '{name}'");
            }

            return found is null ? null : id(found);
        }

        var settings = current.Settings with
        {
            OnlineRegisterId = Resolve("Sync:Seed:OnlineRegisterName", seed.OnlineRegisterName, store.Registers, r => r.Id, r => r.Name)
                ?? current.Settings.OnlineRegisterId,
            SaleUserId = Resolve("Sync:Seed:SaleUserName", seed.SaleUserName, store.Users, u => u.Id, u => u.Name, u => u.Email)
                ?? current.Settings.SaleUserId,
            NoTaxId = Resolve("Sync:Seed:NoTaxName", seed.NoTaxName, store.Taxes, t => t.Id, t => t.Name) ?? current.Settings.NoTaxId,
        };
        var outletIds = List(seed.ConnectedOutletNames)
            .Select(n => Resolve("Sync:Seed:ConnectedOutletNames", n, store.Outlets, o => o.Id, o => o.Name)).OfType<string>().ToList();
        var registers = List(seed.OutletRegisterNames)
            .Select(n => Resolve("Sync:Seed:OutletRegisterNames", n, store.Registers, r => r.Id, r => r.Name)).OfType<string>()
            .Select(id => store.Registers.First(r => r.Id == id))
            .ToDictionary(r => r.OutletId, r => r.Id, StringComparer.Ordinal);
        settings = settings with
        {
            ConnectedOutletIds = outletIds.Count > 0 ? outletIds : settings.ConnectedOutletIds,
            RegisterByOutlet = registers.Count > 0 ? registers : settings.RegisterByOutlet,
        };
        if (seed.ShippingProductSku is { Length: > 0 } sku)
        {
            settings = settings with { ShippingProductId = (await pos.GetProductBySkuAsync(sku, cancellationToken))?.Id };
            if (settings.ShippingProductId is null)
            {
                unresolved.Add($"Sync:Seed:ShippingProductSku '{sku}'");
            }
        }

        if (unresolved.Count > 0)
        {
            LogUnresolved(string.Join(", ", unresolved));
            return;
        }

        var problems = await validator.ValidateAsync(settings, cancellationToken);
        if (problems.Any)
        {
            LogInvalid(string.Join("; ", problems.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
            return;
        }

        if (await runtime.TryUpdateAsync(settings, null, cancellationToken))
        {
            readiness.Forget();
            LogSeeded();
        }
    }

    private static IEnumerable<string> List(string? names) =>
        (names ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [LoggerMessage(Level = LogLevel.Error, Message = "Settings not seeded: POS has no {Unresolved}; set the names as POS shows them")]
    private partial void LogUnresolved(string unresolved);

    [LoggerMessage(Level = LogLevel.Error, Message = "Settings not seeded: {Problems}")]
    private partial void LogInvalid(string problems);

    [LoggerMessage(Level = LogLevel.Information, Message = "Runtime settings seeded from Sync:Seed names")]
    private partial void LogSeeded();
}
