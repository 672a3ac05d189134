using Sync.Rules.Customers;

namespace Sync.Rules.Tests.Customers;

public class CustomerMatchTests
{
    private static readonly DateTimeOffset Jan = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static PosCustomer Profile(string id, string? email, int daysAfterJan = 0, bool deleted = false) =>
        new(id, email, "Jane", "Doe", Jan.AddDays(daysAfterJan), deleted ? Jan.AddDays(100) : null);

    [Fact(DisplayName = "CUS-1: the email matches trimmed and case-insensitively")]
    [Trait("Rule", "CUS-1")]
    public void CUS1_email_matches_trimmed_and_case_insensitively() =>
        Assert.Equal(new CustomerDecision.AssignExisting("c1"), CustomerMatch.Decide(new(" Jane@Example.COM ", "Jane Doe"), [Profile("c1", "jane@example.com")]));

    [Fact(DisplayName = "CUS-1: of several matches, the most recently created one not deleted wins")]
    [Trait("Rule", "CUS-1")]
    public void CUS1_the_newest_live_profile_wins() =>
        Assert.Equal(
            new CustomerDecision.AssignExisting("mid"),
            CustomerMatch.Decide(new("jane@example.com", null), [Profile("old", "jane@example.com", 1), Profile("mid", "jane@example.com", 5), Profile("gone", "jane@example.com", 9, deleted: true)]));

    [Fact(DisplayName = "CUS-1: a loose search hit with another email is not a match")]
    [Trait("Rule", "CUS-1")]
    public void CUS1_loose_search_hits_are_not_matches() =>
        Assert.IsType<CustomerDecision.CreateNew>(CustomerMatch.Decide(new("jane@example.com", "Jane Doe"), [Profile("c1", "jane@example.com.au")]));

    [Fact(DisplayName = "CUS-2: differing names never change the profile: the sale is assigned by email")]
    [Trait("Rule", "CUS-2")]
    public void CUS2_differing_names_assign_the_existing_profile_unchanged() =>
        Assert.Equal(new CustomerDecision.AssignExisting("c1"), CustomerMatch.Decide(new("jane@example.com", "Janet Smith"), [Profile("c1", "jane@example.com")]));

    [Fact(DisplayName = "CUS-3: no match creates a profile from the order's email and name")]
    [Trait("Rule", "CUS-3")]
    public void CUS3_no_match_creates_a_profile_from_email_and_name() =>
        Assert.Equal(new CustomerDecision.CreateNew("Mary Ann", "Smith", "mary@example.com", "CUS-3"), CustomerMatch.Decide(new(" mary@example.com", "  Mary  Ann Smith "), []));

    [Fact(DisplayName = "CUS-3: a one-word name is a first name with a placeholder last name (POS requires one)")]
    [Trait("Rule", "CUS-3")]
    public void CUS3_a_one_word_name_is_a_first_name() =>
        Assert.Equal(new CustomerDecision.CreateNew("Cher", "-", "cher@example.com", "CUS-3"), CustomerMatch.Decide(new("cher@example.com", "Cher"), []));

    [Fact(DisplayName = "CUS-4: with no name, the email is the customer's name")]
    [Trait("Rule", "CUS-4")]
    public void CUS4_the_email_is_the_name_when_there_is_none() =>
        Assert.Equal(new CustomerDecision.CreateNew("jo@example.com", "-", "jo@example.com", "CUS-4"), CustomerMatch.Decide(new("jo@example.com", " "), []));

    [Fact(DisplayName = "CUS-5: an order without an email syncs with no customer")]
    [Trait("Rule", "CUS-5")]
    public void CUS5_no_email_means_no_customer() =>
        Assert.Equal(new CustomerDecision.NoCustomer(), CustomerMatch.Decide(new("  ", "Jane Doe"), [Profile("c1", null)]));

    [Theory(DisplayName = "CUS-1: emails are masked in logs")]
    [Trait("Rule", "CUS-1")]
    [InlineData("jane@example.com", "j***@example.com")]
    [InlineData("@example.com", "***@example.com")]
    [InlineData("not-an-email", "***")]
    [InlineData(null, "***")]
    public void CUS1_emails_are_masked_for_logs(string? email, string masked) =>
        Assert.Equal(masked, EmailAddress.Mask(email));
}
