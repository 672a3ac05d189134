namespace Sync.Application.Platforms.XSeries;

/// <summary>A POS customer profile; <see cref="CreatedAt"/> is null where POS did not say (CUS-1 then ranks it oldest).</summary>
public sealed record PosCustomer(string Id, string FirstName, string LastName, string? Email, DateTimeOffset? CreatedAt = null, DateTimeOffset? DeletedAt = null);
