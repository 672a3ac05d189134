using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sync.Application.Settings;

namespace Sync.Functions.Operations;

/// <summary>
/// At start (ALL-5): seeds the runtime settings from <c>Sync:Seed</c> names on a first deploy, then validates the
/// settings in force against POS, so the log says at once what is missing and the first message finds the verdict.
/// A POS that does not answer delays nothing for long: the check gives up and health checks again.
/// </summary>
internal sealed partial class SettingsStartup(IServiceScopeFactory scopes, SyncReadiness readiness, ILogger<SettingsStartup> logger) : IHostedService
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(30);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(GiveUpAfter);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SettingsSeeding>().SeedAsync(timeout.Token);
            if ((await readiness.CheckAsync(timeout.Token)).Ready)
            {
                LogReady();
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Settings are complete and valid against POS")]
    private partial void LogReady();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Settings could not be checked at start; health and the first message check them again")]
    private partial void LogFailed(Exception exception);
}
