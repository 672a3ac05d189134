using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Sync.DevHost;

internal sealed record HttpFunction(string Name, MethodInfo Method, string Route, string[] Methods, AuthorizationLevel Level);

internal sealed record QueueFunction(string Name, MethodInfo Method, string QueueName);

internal sealed record TimerFunction(string Name, MethodInfo Method, string Schedule);

/// <summary>The functions of an assembly, found as the Functions SDK finds them: by their trigger attributes.</summary>
internal sealed record FunctionCatalog(IReadOnlyList<HttpFunction> Http, IReadOnlyList<QueueFunction> Queues, IReadOnlyList<TimerFunction> Timers)
{
    public static FunctionCatalog Discover(Assembly assembly)
    {
        List<HttpFunction> http = [];
        List<QueueFunction> queues = [];
        List<TimerFunction> timers = [];
        var methods = assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null);
        foreach (var method in methods)
        {
            var name = method.GetCustomAttribute<FunctionAttribute>()!.Name;
            foreach (var trigger in method.GetParameters().SelectMany(p => p.GetCustomAttributes()))
            {
                switch (trigger)
                {
                    case HttpTriggerAttribute h:
                        http.Add(new HttpFunction(name, method, h.Route ?? name, h.Methods ?? ["get", "post"], h.AuthLevel));
                        break;
                    case QueueTriggerAttribute q:
                        queues.Add(new QueueFunction(name, method, q.QueueName));
                        break;
                    case TimerTriggerAttribute t:
                        timers.Add(new TimerFunction(name, method, t.Schedule));
                        break;
                }
            }
        }

        return new FunctionCatalog(http, queues, timers);
    }
}
