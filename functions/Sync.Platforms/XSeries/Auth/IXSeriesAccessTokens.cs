namespace Sync.Platforms.XSeries.Auth;

internal interface IXSeriesAccessTokens
{
    ValueTask<string> GetAsync(CancellationToken cancellationToken);

    /// <summary>A token to use instead of <paramref name="rejected"/>, or null when none can be had.</summary>
    Task<string?> RenewAsync(string rejected, CancellationToken cancellationToken);
}
