namespace Sync.Application.Customers;

/// <summary>The cached POS customer of an email, or a run's claim on it until <see cref="ClaimedUntil"/>; Version is its ETag.</summary>
public sealed record CustomerEntry(string? CustomerId, DateTimeOffset ClaimedUntil, string Version);
