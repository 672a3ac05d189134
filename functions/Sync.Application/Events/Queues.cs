namespace Sync.Application.Events;

/// <summary>Queue names, one per concern. Constants because trigger attributes need them.</summary>
public static class Queues
{
    public const string Inventory = "inventory";
    public const string Orders = "orders";
    public const string Status = "status";

    public static string For(Concern concern) => concern switch
    {
        Concern.Inventory => Inventory,
        Concern.Orders => Orders,
        Concern.Status => Status,
        _ => throw new ArgumentOutOfRangeException(nameof(concern), concern, null),
    };

    public static IReadOnlyList<Concern> All { get; } = Enum.GetValues<Concern>();
}
