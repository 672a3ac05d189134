using Sync.Rules.Inventory;

namespace Sync.Application.Inventory;

/// <summary>The level eCom should show, or (ALL-4) why none can be confirmed: then nothing is written.</summary>
public sealed record ComputedLevel(OnlineStock? Level, string? Unconfirmed);
