using Sync.Rules.Inventory;

namespace Sync.Rules.Tests.Inventory;

public class EcomStockWriteTests
{
    [Fact(DisplayName = "INV-8: no write when the level equals the last level written")]
    [Trait("Rule", "INV-8")]
    public void INV8_no_write_when_the_level_equals_the_last_written()
    {
        Assert.False(EcomStockWrite.IsNeeded(OnlineStock.Of(5), OnlineStock.Of(5)));
        Assert.False(EcomStockWrite.IsNeeded(OnlineStock.Unlimited, OnlineStock.Unlimited));
    }

    [Fact(DisplayName = "INV-8: a changed level, or one never written, is written")]
    [Trait("Rule", "INV-8")]
    public void INV8_a_changed_or_first_level_is_written()
    {
        Assert.True(EcomStockWrite.IsNeeded(OnlineStock.Of(4), OnlineStock.Of(5)));
        Assert.True(EcomStockWrite.IsNeeded(OnlineStock.Unlimited, OnlineStock.Of(5)));
        Assert.True(EcomStockWrite.IsNeeded(OnlineStock.Of(0), lastWritten: null));
    }
}
