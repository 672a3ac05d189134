using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace Sync.DevHost;

internal static class HttpFunctions
{
    /// <summary>
    /// Maps each HTTP function at <c>/api/{route}</c>. Like <c>func start</c>, function keys are not checked locally.
    /// </summary>
    public static void MapHttpFunctions(this WebApplication app, IEnumerable<HttpFunction> functions)
    {
        foreach (var function in functions)
        {
            app.MapMethods($"/api/{function.Route}", function.Methods.Select(m => m.ToUpperInvariant()), context => InvokeAsync(context, function))
                .WithName(function.Name);
        }
    }

    private static async Task InvokeAsync(HttpContext context, HttpFunction function)
    {
        var result = await FunctionInvoker.InvokeAsync(
            context.RequestServices,
            function.Method,
            p => p.ParameterType == typeof(HttpRequest) ? context.Request : context.GetRouteValue(p.Name!)?.ToString(),
            context.RequestAborted);
        if (result is IActionResult action)
        {
            await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
        }
    }
}
