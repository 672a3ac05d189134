using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Sync.DevHost;

/// <summary>
/// Feeds one queue function from its Storage Queue as the Functions host does: batches handled in
/// parallel, a failed message made visible again after host.json's visibilityTimeout, and moved to
/// <c>{queue}-poison</c> once it has been dequeued maxDequeueCount times. Storage that cannot be reached
/// (for any reason, for any length of time) never stops it: it logs, backs off up to <see cref="MaxBackOff"/>,
/// and carries on; a message it could not settle reappears when its lease ends.
/// </summary>
internal sealed partial class QueueListener(
    QueueFunction function, QueueServiceClient queues, HostSettings settings, IServiceProvider services, ILogger<QueueListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = queues.GetQueueClient(function.QueueName);
        var poison = queues.GetQueueClient($"{function.QueueName}-poison");
        var (delay, outage) = (MinPollingInterval, TimeSpan.Zero);
        var created = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] messages;
            try
            {
                if (!created)
                {
                    await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                    created = true;
                }

                messages = (await queue.ReceiveMessagesAsync(settings.BatchSize, Lease, stoppingToken)).Value;
                if (outage > TimeSpan.Zero)
                {
                    LogReachable(queue.Name, outage);
                    (delay, outage) = (MinPollingInterval, TimeSpan.Zero);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                created = false;
                delay = TimeSpan.FromTicks(Math.Clamp(delay.Ticks * 2, TimeSpan.FromSeconds(1).Ticks, MaxBackOff.Ticks));
                outage += delay;
                LogUnreachable(ex, queue.Name, delay);
                await Task.Delay(delay, stoppingToken);
                continue;
            }

            if (messages.Length == 0)
            {
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.MaxPollingInterval.Ticks));
                continue;
            }

            delay = MinPollingInterval;
            await Task.WhenAll(messages.Select(m => HandleAsync(queue, poison, m, stoppingToken)));
        }
    }

    private async Task HandleAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            await FunctionInvoker.InvokeAsync(services, function.Method, _ => message.MessageText, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(ex, function.Name, message.MessageId, message.DequeueCount);
            await SettleAsync(message, () => message.DequeueCount >= settings.MaxDequeueCount
                ? PoisonAsync(queue, poison, message, stoppingToken)
                : queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: settings.VisibilityTimeout, cancellationToken: stoppingToken));
            return;
        }

        await SettleAsync(message, () => queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken));
    }

    private async Task PoisonAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        await poison.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
        await poison.SendMessageAsync(message.MessageText, stoppingToken);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
        LogPoisoned(function.Name, message.MessageId, poison.Name);
    }

    // Storage gone between receive and settle: the message comes back when its lease ends, and is handled again (idempotently).
    private async Task SettleAsync(QueueMessage message, Func<Task> settle)
    {
        try
        {
            await settle();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogUnsettled(ex, function.Name, message.MessageId, Lease);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue} could not be reached; polling goes on in {BackOff}")]
    private partial void LogUnreachable(Exception exception, string queue, TimeSpan backOff);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue {Queue} is reachable again after about {Outage}")]
    private partial void LogReachable(string queue, TimeSpan outage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function} failed on message {MessageId} (dequeue {DequeueCount})")]
    private partial void LogFailed(Exception exception, string function, string messageId, long dequeueCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function} could not settle message {MessageId}; it reappears within {Lease}")]
    private partial void LogUnsettled(Exception exception, string function, string messageId, TimeSpan lease);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} gave up on message {MessageId}: moved to {PoisonQueue}")]
    private partial void LogPoisoned(string function, string messageId, string poisonQueue);
}

internal static class QueueListeners
{
    public static IServiceCollection AddQueueListeners(this IServiceCollection services, IEnumerable<QueueFunction> functions)
    {
        foreach (var function in functions)
        {
            services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<QueueListener>(sp, function));
        }

        return services;
    }
}
