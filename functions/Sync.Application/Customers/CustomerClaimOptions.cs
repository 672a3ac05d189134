namespace Sync.Application.Customers;

/// <summary>How the runs that need one new email's customer take turns (configuration section <c>Sync:Customers</c>).</summary>
public sealed class CustomerClaimOptions
{
    public const string Section = "Sync:Customers";

    /// <summary>How long a claim holds: a run that crashed while creating the customer is taken over after this.</summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a run waits for another run's claim before its delivery fails and is retried.</summary>
    public TimeSpan WaitFor { get; set; } = TimeSpan.FromSeconds(20);

    public TimeSpan PollEvery { get; set; } = TimeSpan.FromMilliseconds(200);
}
