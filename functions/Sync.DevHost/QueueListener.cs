using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Sync.DevHost;

/// <summary>
/// Feeds one queue function from its Storage Queue as the Functions host does: batches handled in
/// parallel, a failed message made visible again after host.json's visibilityTimeout, and moved to
/// <c>{queue}-poison</c> once it has been dequeued maxDequeueCount times.
/// </summary>
internal sealed partial class QueueListener(
    QueueFunction function, QueueServiceClient queues, HostSettings settings, IServiceProvider services, ILogger<QueueListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = queues.GetQueueClient(function.QueueName);
        var poison = queues.GetQueueClient($"{function.QueueName}-poison");
        await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
        var delay = MinPollingInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            var messages = await ReceiveAsync(queue, stoppingToken);
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

    private async Task<QueueMessage[]> ReceiveAsync(QueueClient queue, CancellationToken stoppingToken)
    {
        try
        {
            return (await queue.ReceiveMessagesAsync(settings.BatchSize, Lease, stoppingToken)).Value;
        }
        catch (RequestFailedException ex)
        {
            LogUnreachable(ex, queue.Name);
            return [];
        }
    }

    private async Task HandleAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            await FunctionInvoker.InvokeAsync(services, function.Method, _ => message.MessageText, stoppingToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(ex, function.Name, message.MessageId, message.DequeueCount);
            if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                await poison.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                await poison.SendMessageAsync(message.MessageText, stoppingToken);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
                LogPoisoned(function.Name, message.MessageId, poison.Name);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: settings.VisibilityTimeout, cancellationToken: stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue} could not be read; polling goes on")]
    private partial void LogUnreachable(Exception exception, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function} failed on message {MessageId} (dequeue {DequeueCount})")]
    private partial void LogFailed(Exception exception, string function, string messageId, long dequeueCount);

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
