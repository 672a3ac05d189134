namespace Sync.Application.Orders;

/// <summary>
/// Keeps a run's order lease alive while it works (renewed every third of its duration), so a run slowed by
/// rate limits is not taken over half-way; when a renewal finds the lease lost, <see cref="Token"/> stops the run.
/// </summary>
public sealed class OrderLeaseKeeper : IAsyncDisposable
{
    private readonly IOrderLeases leases;
    private readonly OrderLease lease;
    private readonly TimeSpan duration;
    private readonly CancellationTokenSource stop;
    private readonly Task renewing;

    private OrderLeaseKeeper(IOrderLeases leases, OrderLease lease, TimeSpan duration, TimeProvider clock, CancellationToken cancellationToken)
    {
        (this.leases, this.lease, this.duration) = (leases, lease, duration);
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        renewing = RenewAsync(clock);
    }

    /// <summary>Cancelled when the lease was lost (or the run's own token was).</summary>
    public CancellationToken Token => stop.Token;

    public bool Lost { get; private set; }

    public static OrderLeaseKeeper Start(IOrderLeases leases, OrderLease lease, TimeSpan duration, TimeProvider clock, CancellationToken cancellationToken) =>
        new(leases, lease, duration, clock, cancellationToken);

    /// <summary>Renews now, so a write that follows is made while the lease is certainly held; false (and the run stopped) when it was lost.</summary>
    public async Task<bool> ConfirmAsync()
    {
        if (!Lost && !await leases.RenewAsync(lease, duration, stop.Token))
        {
            Lost = true;
            await stop.CancelAsync();
        }

        return !Lost;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await renewing;
        stop.Dispose();
    }

    private async Task RenewAsync(TimeProvider clock)
    {
        using var timer = new PeriodicTimer(duration / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token) && await RenewOnceAsync())
            {
            }
        }
        catch (OperationCanceledException)
        {
            // The run has finished, or the lease was lost.
        }
    }

    // Storage that fails once is tried again on the next tick: two more chances before the lease can expire.
    private async Task<bool> RenewOnceAsync()
    {
        try
        {
            return await ConfirmAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return true;
        }
    }
}
