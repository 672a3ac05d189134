using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sync.Application.Audit;
using Sync.Application.Orders;
using Sync.Application.Platforms.Ecom;
using Sync.Application.Platforms.XSeries;
using Sync.Application.Telemetry;
using Sync.Rules.Customers;
using RulesCustomer = Sync.Rules.Customers.PosCustomer;

namespace Sync.Application.Customers;

/// <summary>
/// CUS-1..CUS-5: the POS customer an order's sale belongs to; an existing profile is never changed. One run at a
/// time searches for and creates an email's customer (a claim on the email); the others wait for its answer.
/// </summary>
public sealed partial class CustomerResolver(
    IXSeriesClient pos,
    ICustomerCache cache,
    IAuditLog audit,
    IOptions<CustomerClaimOptions> options,
    TimeProvider clock,
    ILogger<CustomerResolver> logger)
{
    public async Task<string?> ResolveAsync(EcomOrder order, SyncCause cause, CancellationToken cancellationToken)
    {
        if (EmailAddress.Normalise(order.Email) is not { } email)
        {
            LogNoEmail(order.Id);
            return null;
        }

        var claim = options.Value;
        var giveUpAt = clock.GetUtcNow() + claim.WaitFor;
        while (true)
        {
            var entry = await cache.FindAsync(email, cancellationToken);
            if (entry?.CustomerId is { } known)
            {
                return known;
            }

            // No entry, or a claim whose holder crashed (expired): claim it, then search first, so a customer that
            // holder created before it crashed is found rather than created twice.
            var now = clock.GetUtcNow();
            if ((entry is null || entry.ClaimedUntil <= now) && await cache.TryClaimAsync(email, entry, now + claim.ClaimFor, cancellationToken))
            {
                return await FindOrCreateAsync(order, email, cause, cancellationToken);
            }

            if (now >= giveUpAt)
            {
                LogStillClaimed(order.Id, claim.WaitFor);
                throw new InvalidOperationException(
                    $"Order {order.Id}: another run is still creating the POS customer for its email after {claim.WaitFor}; retry later.");
            }

            await Task.Delay(claim.PollEvery, clock, cancellationToken);
        }
    }

    private async Task<string?> FindOrCreateAsync(EcomOrder order, string email, SyncCause cause, CancellationToken cancellationToken)
    {
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderNumber} waited {WaitedFor} for another run creating the same email's customer; retried later")]
    private partial void LogStillClaimed(string orderNumber, TimeSpan waitedFor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created POS customer {CustomerId} for {Email} from order {OrderNumber}")]
    private partial void LogCreated(string customerId, string email, string orderNumber);
}
