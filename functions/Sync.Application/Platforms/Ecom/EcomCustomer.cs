namespace Sync.Application.Platforms.Ecom;

public sealed record EcomCustomer(long Id, string Email, string? Name);
