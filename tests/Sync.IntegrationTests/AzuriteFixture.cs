using Sync.DevHost;

namespace Sync.IntegrationTests;

/// <summary>One real Azurite (in memory, free ports) shared by a test collection, stopped after it.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private Azurite? azurite;

    public string ConnectionString => azurite!.ConnectionString;

    public async Task InitializeAsync() => azurite = await Azurite.StartAsync(CancellationToken.None);

    public async Task DisposeAsync() => await azurite!.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
