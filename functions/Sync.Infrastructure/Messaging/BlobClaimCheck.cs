using Azure.Storage.Blobs;
using Sync.Application.Messaging;

namespace Sync.Infrastructure.Messaging;

/// <summary>Large message bodies in the <c>payloads</c> container; the reference is the blob name.</summary>
public sealed class BlobClaimCheck(BlobServiceClient service) : IClaimCheck
{
    public const string Container = "payloads";
    private readonly BlobContainerClient container = service.GetBlobContainerClient(Container);
    private Task? created;

    public async Task<string> StoreAsync(string key, string content, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        var name = $"{key}.json";
        await container.GetBlobClient(name).UploadAsync(BinaryData.FromString(content), overwrite: true, cancellationToken);
        return name;
    }

    public async Task<string> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        var download = await container.GetBlobClient(reference).DownloadContentAsync(cancellationToken);
        return download.Value.Content.ToString();
    }

    private Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        var creation = created;
        if (creation is null || creation.IsFaulted || creation.IsCanceled)
        {
            created = creation = container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        return creation;
    }
}
