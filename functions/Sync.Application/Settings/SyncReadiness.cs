using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sync.Application.Orders;
using Sync.Application.Platforms.XSeries;

namespace Sync.Application.Settings;

/// <summary>
/// ALL-4, ALL-5: the gate in front of every write. The settings in force are validated against the live POS
/// once per version and again every <see cref="RecheckAfter"/> (an outlet or user may be deleted in POS);
/// until they pass, <see cref="EnsureReadyAsync"/> refuses, so nothing is written from missing settings.
/// </summary>
public sealed partial class SyncReadiness(
    RuntimeSettings runtime, IServiceScopeFactory scopes, IOptions<OrderSyncOptions> orders, TimeProvider clock, ILogger<SyncReadiness> logger)
{
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromMinutes(5);
    // A reference, so concurrent readers never see a torn pair.
    private Checked? last;

    public async Task<Readiness> CheckAsync(CancellationToken cancellationToken)
    {
        var current = await runtime.ReadAsync(cancellationToken);
        if (last is { } hit && hit.Version == current.Version && clock.GetUtcNow() - hit.Verdict.CheckedAt < RecheckAfter)
        {
            return hit.Verdict;
        }

        await using var scope = scopes.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<SettingsValidator>().ValidateAsync(current.Settings, cancellationToken);
        await CheckFallbackPaymentTypeAsync(scope.ServiceProvider.GetRequiredService<IXSeriesClient>(), problems, cancellationToken);
        var verdict = new Readiness(problems.Errors, clock.GetUtcNow());
        if (!verdict.Ready)
        {
            LogNotReady(string.Join("; ", verdict.Problems.Select(p => $"{p.Key}: {string.Join(" ", p.Value)}")));
        }

        last = new Checked(current.Version, verdict);
        return verdict;
    }

    /// <summary>Throws <see cref="SettingsNotReadyException"/> unless the settings are complete and valid.</summary>
    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        var verdict = await CheckAsync(cancellationToken);
        if (!verdict.Ready)
        {
            throw new SettingsNotReadyException([.. verdict.Problems.Keys]);
        }
    }

    /// <summary>After a save: the next check validates the new document.</summary>
    public void Forget() => last = null;

    // ORD-4: a paid order whose processor names no POS payment type is recorded with this one.
    private async Task CheckFallbackPaymentTypeAsync(IXSeriesClient pos, SettingsProblems problems, CancellationToken cancellationToken)
    {
        var name = orders.Value.FallbackPaymentTypeName;
        var types = await pos.GetPaymentTypesAsync(cancellationToken);
        if (!types.Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add("fallbackPaymentTypeName",
                $"POS has no payment type named '{name}' (app setting Sync__Orders__FallbackPaymentTypeName); add one or name an existing one.");
        }
    }

    private sealed record Checked(string? Version, Readiness Verdict);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sync is not configured; nothing is written until this is fixed: {Problems}")]
    private partial void LogNotReady(string problems);
}
