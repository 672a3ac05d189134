using Sync.Application.Platforms.XSeries;

namespace Sync.Application.Orders;

/// <summary>
/// One run's exclusive hold on an order (ORD-10). <see cref="Plan"/> is the sales decided by an earlier
/// run that did not finish: a resumed run writes exactly those, so stock moved by its own first sale
/// cannot change the allocation.
/// </summary>
public sealed record OrderLease(string OrderId, string Token, IReadOnlyList<SaleDraft>? Plan);
