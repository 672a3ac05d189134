using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sync.Application.Settings;

namespace Sync.Functions.Operations;

/// <summary>
/// At start (ALL-5): seeds the runtime settings from <c>Sync:Seed</c> names on a first deploy, then validates the
/// settings in force against POS, so the log says at once what is missing. Runs beside the host's start, never blocking it.
/// </summary>
internal sealed partial class SettingsStartup(IServiceScopeFactory scopes, SyncReadiness readiness, ILogger<SettingsStartup> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SettingsSeeding>().SeedAsync(stoppingToken);
            if ((await readiness.CheckAsync(stoppingToken)).Ready)
            {
                LogReady();
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Settings are complete and valid against POS")]
    private partial void LogReady();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Settings could not be checked at start; health will check them again")]
    private partial void LogFailed(Exception exception);
}
