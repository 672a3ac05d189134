namespace Sync.Application.Messaging;

/// <summary>Holds message bodies too large for the queue; the message carries a reference instead.</summary>
public interface IClaimCheck
{
    Task<string> StoreAsync(string key, string content, CancellationToken cancellationToken);

    Task<string> LoadAsync(string reference, CancellationToken cancellationToken);
}
