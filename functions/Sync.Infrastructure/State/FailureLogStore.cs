using Azure.Data.Tables;
using Sync.Application.Processing;

namespace Sync.Infrastructure.State;

public sealed class FailureLogStore(TableServiceClient service) : IFailureLog
{
    // Table Storage caps a string property at 32K characters.
    private const int MaxError = 8 * 1024;
    private readonly TableStore<FailureEntity> table = new(service, TableNames.Attempts);

    public Task RecordAsync(string messageKey, string error, CancellationToken cancellationToken) =>
        table.UpsertAsync(new FailureEntity { PartitionKey = messageKey, Error = error.Length > MaxError ? error[..MaxError] : error }, cancellationToken);

    public async Task<string?> LastErrorAsync(string messageKey, CancellationToken cancellationToken) =>
        (await table.GetAsync(messageKey, FailureEntity.Row, cancellationToken))?.Error;

    public Task ForgetAsync(string messageKey, CancellationToken cancellationToken) =>
        table.DeleteAsync(messageKey, FailureEntity.Row, cancellationToken);
}
