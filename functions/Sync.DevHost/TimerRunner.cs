using Cronos;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Sync.DevHost;

/// <summary>Runs a timer function on its six-field NCRONTAB schedule (<c>%SETTING%</c> names an app setting), in UTC.</summary>
internal sealed partial class TimerRunner(
    TimerFunction function, CronExpression schedule, TimeProvider clock, IServiceProvider services, ILogger<TimerRunner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (schedule.GetNextOccurrence(clock.GetUtcNow(), TimeZoneInfo.Utc) is { } next)
        {
            await Task.Delay(next - clock.GetUtcNow(), clock, stoppingToken);
            try
            {
                await FunctionInvoker.InvokeAsync(services, function.Method, _ => new TimerInfo(), stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(ex, function.Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer function {Function} failed; it runs again at its next occurrence")]
    private partial void LogFailed(Exception exception, string function);
}

internal static class TimerRunners
{
    public static IServiceCollection AddTimers(this IServiceCollection services, IEnumerable<TimerFunction> functions, IConfiguration configuration)
    {
        foreach (var function in functions)
        {
            var expression = function.Schedule.StartsWith('%')
                ? configuration[function.Schedule.Trim('%')] ?? throw new InvalidOperationException($"Set {function.Schedule.Trim('%')}: the schedule of {function.Name}.")
                : function.Schedule;
            var schedule = CronExpression.Parse(expression, CronFormat.IncludeSeconds);
            services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<TimerRunner>(sp, function, schedule));
        }

        return services;
    }
}
