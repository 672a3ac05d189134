namespace Sync.Platforms.XSeries.Auth;

internal sealed class PersonalToken(string token) : IXSeriesAccessTokens
{
    public ValueTask<string> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);

    public Task<string?> RenewAsync(string rejected, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
