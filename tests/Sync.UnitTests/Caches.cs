using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Sync.UnitTests;

internal static class Caches
{
    /// <summary>A fresh in-process HybridCache, as the app registers it.</summary>
    public static HybridCache New() => new ServiceCollection().AddHybridCache().Services.BuildServiceProvider().GetRequiredService<HybridCache>();
}
