namespace Sync.Rules.Orders;

/// The part of one order line that one outlet fulfils.
public sealed record AllocatedLine(string LineId, string ProductId, int Quantity);
