using Sync.Rules.Inventory;

namespace Sync.Rules.Tests.Inventory;

public class PutBackTests
{
    private static readonly OnlineStock Ten = OnlineStock.Of(10);

    [Fact(DisplayName = "INV-5: eCom showing what it should needs nothing")]
    [Trait("Rule", "INV-5")]
    public void INV5_a_level_in_step_needs_no_write() =>
        Assert.Equal(new EcomLevelVerdict.InStep(), PutBack.Judge(Ten, Ten, UnrecordedOrders.None, Ten));

    [Fact(DisplayName = "INV-5: a drop explained by orders POS has not seen is not an edit")]
    [Trait("Rule", "INV-5")]
    public void INV5_a_drop_explained_by_unrecorded_orders_is_not_an_edit() =>
        Assert.Equal(new EcomLevelVerdict.InStep(), PutBack.Judge(OnlineStock.Of(7), Ten, new UnrecordedOrders(3), Ten));

    [Fact(DisplayName = "INV-5: an order drop while POS also moved is not an edit; the POS change is written")]
    [Trait("Rule", "INV-5")]
    public void INV5_an_order_drop_while_pos_moved_is_not_an_edit() =>
        Assert.Equal(
            new EcomLevelVerdict.ExplainedByOrders(OnlineStock.Of(5)),
            PutBack.Judge(OnlineStock.Of(7), Ten, new UnrecordedOrders(3), OnlineStock.Of(8)));

    [Fact(DisplayName = "INV-5: a level someone else changed is put back to the POS value")]
    [Trait("Rule", "INV-5")]
    public void INV5_a_manual_edit_is_put_back_to_the_pos_value()
    {
        Assert.Equal(new EcomLevelVerdict.ManualEdit(Ten), PutBack.Judge(OnlineStock.Of(50), Ten, UnrecordedOrders.None, Ten));
        Assert.Equal(new EcomLevelVerdict.ManualEdit(Ten), PutBack.Judge(OnlineStock.Unlimited, Ten, UnrecordedOrders.None, Ten));
    }

    [Fact(DisplayName = "INV-5: a put-back never re-opens stock that unrecorded orders took")]
    [Trait("Rule", "INV-5")]
    public void INV5_a_put_back_never_raises_past_unrecorded_orders() =>
        Assert.Equal(new EcomLevelVerdict.ManualEdit(OnlineStock.Of(6)), PutBack.Judge(OnlineStock.Of(0), Ten, new UnrecordedOrders(4), Ten));

    [Property(DisplayName = "INV-5: whatever eCom shows, the level to write leaves room for the unrecorded orders")]
    [Trait("Rule", "INV-5")]
    public bool INV5_the_level_written_never_exceeds_pos_less_unrecorded_orders(NonNegativeInt observed, NonNegativeInt last, NonNegativeInt orders, NonNegativeInt pos) =>
        PutBack.Judge(OnlineStock.Of(observed.Get), OnlineStock.Of(last.Get), new UnrecordedOrders(orders.Get), OnlineStock.Of(pos.Get)).Write
            is not OnlineStock.Quantity q || q.Value <= Math.Max(0, pos.Get - orders.Get);

    [Fact(DisplayName = "INV-5: unrecorded orders cannot be negative")]
    [Trait("Rule", "INV-5")]
    public void INV5_unrecorded_orders_refuse_a_negative_quantity() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new UnrecordedOrders(-1));
}
