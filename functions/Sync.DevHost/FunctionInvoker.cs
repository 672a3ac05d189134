using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Sync.DevHost;

/// <summary>Calls a function method on an instance made per call from DI, as the worker does.</summary>
internal static class FunctionInvoker
{
    /// <param name="bind">The argument for each parameter that is not a <see cref="CancellationToken"/>.</param>
    public static async Task<object?> InvokeAsync(
        IServiceProvider services, MethodInfo method, Func<ParameterInfo, object?> bind, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(scope.ServiceProvider, method.DeclaringType!);
        var arguments = method.GetParameters()
            .Select(p => p.ParameterType == typeof(CancellationToken) ? cancellationToken : bind(p))
            .ToArray();

        object? returned;
        try
        {
            returned = method.Invoke(target, arguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }

        if (returned is not Task task)
        {
            return returned;
        }

        await task;
        return task.GetType().IsGenericType ? task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task) : null;
    }
}
