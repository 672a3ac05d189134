using Microsoft.Extensions.Logging;
using Sync.Application.Audit;
using Sync.Application.Orders;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Application.Telemetry;
using Sync.Rules.Customers;
using RulesCustomer = Sync.Rules.Customers.PosCustomer;

namespace Sync.Application.Customers;

/// <summary>CUS-1..CUS-5: the POS customer an order's sale belongs to; an existing profile is never changed.</summary>
public sealed partial class CustomerResolver(
    IXSeriesClient pos, ICustomerCache cache, IAuditLog audit, TimeProvider clock, ILogger<CustomerResolver> logger)
{
    public async Task<string?> ResolveAsync(EcomOrder order, SyncCause cause, CancellationToken cancellationToken)
    {
        if (EmailAddress.Normalise(order.Email) is not { } email)
        {
            LogNoEmail(order.Id);
            return null;
        }

        if (await cache.FindAsync(email, cancellationToken) is { } cached)
        {
            return cached;
        }

        // Every exact match, deleted ones too: the rule picks the newest live one (CUS-1).
        var candidates = (await pos.FindCustomersByEmailAsync(email, cancellationToken))
            .Select(c => new RulesCustomer(c.Id, c.Email, c.FirstName, c.LastName, c.CreatedAt ?? DateTimeOffset.MinValue, c.DeletedAt));
        var customerId = CustomerMatch.Decide(new OrderCustomer(order.Email, order.CustomerName), candidates) switch
        {
            CustomerDecision.AssignExisting existing => existing.CustomerId,
            CustomerDecision.CreateNew create => await CreateAsync(order.Id, create, cause, cancellationToken),
            _ => null,
        };
        if (customerId is not null)
        {
            await cache.RememberAsync(email, customerId, cancellationToken);
        }

        return customerId;
    }

    private async Task<string> CreateAsync(string orderNumber, CustomerDecision.CreateNew create, SyncCause cause, CancellationToken cancellationToken)
    {
        var created = await pos.CreateCustomerAsync(new NewCustomer(create.FirstName, create.LastName, create.Email, null), cancellationToken);
        await audit.WriteAsync(
            new AuditEntry($"xseries:customer:{created.Id}", "pos.customer.created", create.Rule, cause.EventKey, cause.CorrelationId,
                null, $"for eCom order {orderNumber}", clock.GetUtcNow()),
            cancellationToken);
        LogCreated(created.Id, Redact.Email(create.Email), orderNumber);
        return created.Id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderNumber} has no email; its sale has no customer (CUS-5)")]
    private partial void LogNoEmail(string orderNumber);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created POS customer {CustomerId} for {Email} from order {OrderNumber}")]
    private partial void LogCreated(string customerId, string email, string orderNumber);
}
