using Azure.Core;
using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;

namespace Sync.Infrastructure.Configuration;

/// <summary>
/// Reads connections the way the Functions host does: a section that holds a connection string
/// (local, Azurite), or identity-based settings (<c>__tableServiceUri</c>, <c>__credential</c>,
/// <c>__clientId</c>, ...) as <c>infra/</c> sets them in Azure.
/// </summary>
public static class AzureConnections
{
    public const string Storage = "AzureWebJobsStorage";
    public const string ServiceBus = "ServiceBus";

    public static TableServiceClient Tables(IConfiguration configuration) => Connect(
        configuration.GetSection(Storage), "table", c => new TableServiceClient(c), (u, t) => new TableServiceClient(u, t));

    public static QueueServiceClient Queues(IConfiguration configuration)
    {
        // The Functions queue trigger expects base64 message text (host.json messageEncoding).
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        return Connect(
            configuration.GetSection(Storage), "queue", c => new QueueServiceClient(c, options), (u, t) => new QueueServiceClient(u, t, options));
    }

    public static BlobServiceClient Blobs(IConfiguration configuration) => Connect(
        configuration.GetSection(Storage), "blob", c => new BlobServiceClient(c), (u, t) => new BlobServiceClient(u, t));

    public static ServiceBusClient ServiceBusClient(IConfiguration configuration)
    {
        var section = configuration.GetSection(ServiceBus);
        if (!string.IsNullOrEmpty(section.Value))
        {
            return new ServiceBusClient(section.Value);
        }

        var fqdn = section["fullyQualifiedNamespace"]
            ?? throw new InvalidOperationException("Set ServiceBus__fullyQualifiedNamespace (or a ServiceBus connection string) for the Service Bus transport.");
        return new ServiceBusClient(fqdn, Credential(section));
    }

    private static T Connect<T>(IConfigurationSection section, string service, Func<string, T> byConnectionString, Func<Uri, TokenCredential, T> byIdentity)
    {
        if (!string.IsNullOrEmpty(section.Value))
        {
            return byConnectionString(section.Value);
        }

        var uri = section[$"{service}ServiceUri"]
            ?? (section["accountName"] is { } account ? $"https://{account}.{service}.core.windows.net" : null)
            ?? throw new InvalidOperationException($"Set {Storage} to a connection string, or {Storage}__{service}ServiceUri for identity-based access.");
        return byIdentity(new Uri(uri), Credential(section));
    }

    private static TokenCredential Credential(IConfigurationSection section) =>
        section["clientId"] is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
}
