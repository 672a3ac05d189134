using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Sync.Application.Platforms.XSeries;

namespace Sync.Application.Settings;

/// <summary>
/// ALL-5: every id in the settings resolves in the live POS, and nothing required is empty. Reads POS fresh
/// (a register added a minute ago counts); writes nothing.
/// </summary>
public sealed class SettingsValidator(IXSeriesClient pos, IPosSetupReads setup, IOptions<SettingsValidationOptions> options)
{
    private static readonly TimeSpan LongestCoalescingWindow = TimeSpan.FromMinutes(10);

    public async Task<SettingsProblems> ValidateAsync(SyncSettings settings, CancellationToken cancellationToken)
    {
        var store = await StoreDirectory.ReadAsync(pos, setup, cancellationToken);
        var problems = Check(settings, store, options.Value);
        if (settings.ShippingProductId is { Length: > 0 } shippingId)
        {
            // ORD-11: the shipping line must not move stock.
            var product = await pos.GetProductAsync(shippingId, cancellationToken);
            if (product is null)
            {
                problems.Add(Name(nameof(SyncSettings.ShippingProductId)), $"'{shippingId}' is not a POS product.");
            }
            else if (product.HasInventory)
            {
                problems.Add(Name(nameof(SyncSettings.ShippingProductId)), $"'{product.Name}' tracks stock; choose a product that does not (a service).");
            }
        }

        return problems;
    }

    /// <summary>The checks that need only the store's directory.</summary>
    public static SettingsProblems Check(SyncSettings settings, StoreDirectory store, SettingsValidationOptions options)
    {
        var problems = new SettingsProblems();
        var outlets = store.Outlets.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var registers = store.Registers.ToDictionary(r => r.Id, StringComparer.Ordinal);
        string OutletName(string id) => outlets.TryGetValue(id, out var o) ? $"'{o.Name}'" : $"'{id}'";

        var onlineOutletId = CheckOnlineRegister(settings, registers, problems);
        var connected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in settings.ConnectedOutletIds)
        {
            if (outlets.ContainsKey(id))
            {
                connected.Add(id);
            }
            else
            {
                problems.Add(Name(nameof(SyncSettings.ConnectedOutletIds)), $"'{id}' is not a POS outlet.");
            }
        }

        if (onlineOutletId is not null)
        {
            connected.Add(onlineOutletId);
        }

        CheckRegistersByOutlet(settings, outlets, registers, connected, onlineOutletId, OutletName, problems);
        CheckSaleUser(settings, store, connected, OutletName, problems);
        CheckNoTax(settings, store, problems);
        CheckOutletLists(settings, outlets, connected, OutletName, problems);
        CheckNumbers(settings, problems);
        if (settings.NotificationWebhookUrl is { } url && NotificationUrlProblem(url, options) is { } urlProblem)
        {
            problems.Add(Name(nameof(SyncSettings.NotificationWebhookUrl)), urlProblem);
        }

        return problems;
    }

    /// <summary>NOT-1's outbound webhook: https to a public host; plain http on loopback only where the dev host allows it.</summary>
    public static string? NotificationUrlProblem(Uri url, SettingsValidationOptions options)
    {
        if (!url.IsAbsoluteUri)
        {
            return "Give an absolute https URL.";
        }

        var loopback = url.IsLoopback;
        if (loopback && options.AllowLoopbackNotificationUrl && url.Scheme is "http" or "https")
        {
            return null;
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            return "Only https URLs are allowed: notifications carry order details.";
        }

        return loopback || (IPAddress.TryParse(url.IdnHost, out var address) && IsPrivate(address))
            ? "The URL points at a private or loopback address; give the public address of the receiving service."
            : null;
    }

    private static string? CheckOnlineRegister(SyncSettings settings, Dictionary<string, Register> registers, SettingsProblems problems)
    {
        var name = Name(nameof(SyncSettings.OnlineRegisterId));
        if (string.IsNullOrWhiteSpace(settings.OnlineRegisterId))
        {
            problems.Add(name, "Required: the POS register eCom orders are recorded on.");
            return null;
        }

        if (!registers.TryGetValue(settings.OnlineRegisterId, out var register))
        {
            problems.Add(name, $"'{settings.OnlineRegisterId}' is not a POS register.");
            return null;
        }

        return register.OutletId;
    }

    private static void CheckRegistersByOutlet(
        SyncSettings settings,
        Dictionary<string, Outlet> outlets,
        Dictionary<string, Register> registers,
        HashSet<string> connected,
        string? onlineOutletId,
        Func<string, string> outletName,
        SettingsProblems problems)
    {
        var name = Name(nameof(SyncSettings.RegisterByOutlet));
        foreach (var (outletId, registerId) in settings.RegisterByOutlet)
        {
            if (!outlets.ContainsKey(outletId))
            {
                problems.Add(name, $"'{outletId}' is not a POS outlet.");
            }
            else if (!registers.TryGetValue(registerId, out var register))
            {
                problems.Add(name, $"Outlet {outletName(outletId)}: '{registerId}' is not a POS register.");
            }
            else if (register.OutletId != outletId)
            {
                problems.Add(name, $"Outlet {outletName(outletId)}: register '{register.Name}' belongs to outlet {outletName(register.OutletId)}.");
            }
        }

        // ORD-7, ORD-8: a part allocated to a connected outlet is recorded on a register of that outlet.
        foreach (var outletId in connected.Where(o => o != onlineOutletId && !settings.RegisterByOutlet.ContainsKey(o)))
        {
            problems.Add(name, $"Outlet {outletName(outletId)} is connected but has no register for its part of an order.");
        }
    }

    private static void CheckSaleUser(
        SyncSettings settings, StoreDirectory store, HashSet<string> connected, Func<string, string> outletName, SettingsProblems problems)
    {
        var name = Name(nameof(SyncSettings.SaleUserId));
        if (string.IsNullOrWhiteSpace(settings.SaleUserId))
        {
            problems.Add(name, "Required: the POS user online sales are recorded as.");
            return;
        }

        if (store.Users.FirstOrDefault(u => u.Id == settings.SaleUserId) is not { } user)
        {
            problems.Add(name, $"'{settings.SaleUserId}' is not a POS user.");
            return;
        }

        foreach (var outletId in connected.Where(o => user.RestrictedOutletIds.Count > 0 && !user.RestrictedOutletIds.Contains(o)))
        {
            problems.Add(name, $"User '{user.Name}' may not use outlet {outletName(outletId)}, which is connected.");
        }
    }

    private static void CheckNoTax(SyncSettings settings, StoreDirectory store, SettingsProblems problems)
    {
        var name = Name(nameof(SyncSettings.NoTaxId));
        if (string.IsNullOrWhiteSpace(settings.NoTaxId))
        {
            problems.Add(name, "Required: the store's \"No Tax\" tax; every POS sale line needs one.");
        }
        else if (store.Taxes.FirstOrDefault(t => t.Id == settings.NoTaxId) is not { } tax)
        {
            problems.Add(name, $"'{settings.NoTaxId}' is not a POS tax.");
        }
        else if (tax.Rate != 0)
        {
            problems.Add(name, $"Tax '{tax.Name}' has a rate of {tax.Rate:P}; choose the store's 0 % (No Tax) tax.");
        }
    }

    private static void CheckOutletLists(
        SyncSettings settings, Dictionary<string, Outlet> outlets, HashSet<string> connected, Func<string, string> outletName, SettingsProblems problems)
    {
        // Ranking an outlet that is not connected is harmless (it is never chosen), so only unknown ids are refused.
        foreach (var id in settings.OutletPriority.Where(id => !outlets.ContainsKey(id)))
        {
            problems.Add(Name(nameof(SyncSettings.OutletPriority)), $"'{id}' is not a POS outlet.");
        }

        foreach (var (method, id) in settings.ShippingMethodOutlets.Where(m => !connected.Contains(m.Value)))
        {
            problems.Add(Name(nameof(SyncSettings.ShippingMethodOutlets)), outlets.ContainsKey(id)
                ? $"Shipping method '{method}': outlet {outletName(id)} is not connected."
                : $"Shipping method '{method}': '{id}' is not a POS outlet.");
        }

        foreach (var id in settings.OutletBuffers.Keys.Where(id => !outlets.ContainsKey(id)))
        {
            problems.Add(Name(nameof(SyncSettings.OutletBuffers)), $"'{id}' is not a POS outlet.");
        }
    }

    private static void CheckNumbers(SyncSettings settings, SettingsProblems problems)
    {
        if (settings.OutletBuffers.Values.Concat(settings.ProductBuffers.Values).Any(v => v < 0))
        {
            problems.Add(Name(settings.OutletBuffers.Values.Any(v => v < 0) ? nameof(SyncSettings.OutletBuffers) : nameof(SyncSettings.ProductBuffers)),
                "A buffer is a number of units held back: 0 or more.");
        }

        if (settings.CoalescingWindow < TimeSpan.Zero || settings.CoalescingWindow > LongestCoalescingWindow)
        {
            problems.Add(Name(nameof(SyncSettings.CoalescingWindow)), "Between 00:00:00 and 00:10:00.");
        }
    }

    private static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal)
        {
            return true;
        }

        var b = address.GetAddressBytes();
        return b.Length == 4 && (b[0] is 10 or 0 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] is >= 64 and <= 127));
    }

    public static string Name(string property) => JsonNamingPolicy.CamelCase.ConvertName(property);
}
