using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sync.Functions;

namespace Sync.DevHost;

internal static class HttpFunctions
{
    /// <summary>
    /// Maps each HTTP function at <c>/{routePrefix}/{route}</c> (host.json's prefix). Function keys are checked as the
    /// Functions host checks them (<see cref="FunctionKeys"/>): without a valid key the function does not run and the answer is 401.
    /// </summary>
    public static void MapHttpFunctions(this WebApplication app, IEnumerable<HttpFunction> functions, string routePrefix)
    {
        var prefix = routePrefix.Length == 0 ? "" : $"/{routePrefix.Trim('/')}";
        foreach (var function in functions)
        {
            app.MapMethods($"{prefix}/{function.Route}", function.Methods.Select(m => m.ToUpperInvariant()), context => InvokeAsync(context, function))
                .WithName(function.Name);
        }
    }

    private static async Task InvokeAsync(HttpContext context, HttpFunction function)
    {
        var action = context.RequestServices.GetRequiredService<FunctionKeys>().Admits(context.Request, function)
            ? await FunctionInvoker.InvokeAsync(
                context.RequestServices,
                function.Method,
                p => p.ParameterType == typeof(HttpRequest) ? context.Request : context.GetRouteValue(p.Name!)?.ToString(),
                context.RequestAborted) as IActionResult
            : Problems.Unauthorized($"Send a function key in the {FunctionKeys.Header} header or as ?code=.");
        if (action is not null)
        {
            await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
        }
    }
}
