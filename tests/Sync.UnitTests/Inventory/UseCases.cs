using Microsoft.Extensions.DependencyInjection;

namespace Sync.UnitTests.Inventory;

/// <summary>A scope factory that makes the use cases the handler asks for, as the container would.</summary>
internal sealed class UseCases(IReadOnlyDictionary<Type, Func<object>> factories) : IServiceScopeFactory, IServiceScope, IServiceProvider
{
    public IServiceProvider ServiceProvider => this;

    public IServiceScope CreateScope() => this;

    public object? GetService(Type serviceType) => factories.TryGetValue(serviceType, out var make) ? make() : null;

    public void Dispose()
    {
    }
}
