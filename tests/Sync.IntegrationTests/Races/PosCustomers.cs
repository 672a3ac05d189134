using System.Collections.Concurrent;
using Moq;
using Sync.Application.Platforms.XSeries;

namespace Sync.IntegrationTests.Races;

/// <summary>
/// An asynchronous POS customer book: a search waits (up to a bound) until <paramref name="searchers"/> runs
/// are searching at once, so runs without a claim on the email all see "no customer" before any creates one.
/// </summary>
internal sealed class PosCustomers(int searchers)
{
    private readonly ConcurrentDictionary<string, PosCustomer> byId = new();
    private readonly TaskCompletionSource allSearching = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int searching;

    public Mock<IXSeriesClient> Client { get; } = new();

    public IReadOnlyCollection<PosCustomer> Created => byId.Values.ToList();

    public int Searches => searching;

    public PosCustomers Serve()
    {
        Client.Setup(p => p.FindCustomersByEmailAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(async (string email, CancellationToken _) =>
            {
                if (Interlocked.Increment(ref searching) >= searchers)
                {
                    allSearching.TrySetResult();
                }

                await Task.WhenAny(allSearching.Task, Task.Delay(TimeSpan.FromMilliseconds(500)));
                return (IReadOnlyList<PosCustomer>)byId.Values.Where(c => string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase)).ToList();
            });
        Client.Setup(p => p.CreateCustomerAsync(It.IsAny<NewCustomer>(), It.IsAny<CancellationToken>()))
            .Returns(async (NewCustomer customer, CancellationToken _) =>
            {
                await Task.Yield();
                var created = new PosCustomer($"c-{Guid.NewGuid():N}", customer.FirstName, customer.LastName, customer.Email);
                byId[created.Id] = created;
                return created;
            });
        return this;
    }
}
