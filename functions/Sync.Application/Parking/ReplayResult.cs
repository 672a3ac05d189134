namespace Sync.Application.Parking;

public enum ReplayResult
{
    Replayed,
    NotFound,
    Unreadable,
}
