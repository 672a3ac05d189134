using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sync.Simulators.XSeries;

/// <summary>One JSON answer the simulator gave, as sent (after sparse pruning): what the schema tests validate.</summary>
public sealed record XSeriesAnswer(string Method, string Route, int Status, string? SearchType, string Body);

/// <summary>
/// Every answer is shaped by the vendor's schema: a null where the schema allows none is left out. Sparse mode
/// (<see cref="XSeriesSimulatorOptions.Sparse"/>) leaves out all the schema allows it to, so that the clients are proven
/// against the documents rather than against our habits: a property the schema does not require goes when it is a
/// <c>version</c>, null, empty, or not in the schema at all (an inventory row's <c>version</c>: the document's example shows
/// one, its schema does not).
/// </summary>
public sealed partial class XSeriesSimulator
{
    private readonly ConcurrentQueue<XSeriesAnswer> answers = new();
    private readonly ConcurrentDictionary<string, JsonNode> examples = new();

    /// <summary>The answers given while <see cref="XSeriesSimulatorOptions.RecordAnswers"/> is on.</summary>
    public IReadOnlyList<XSeriesAnswer> Answers => answers.ToList();

    public bool Sparse => options.Sparse;

    /// <summary>The next <paramref name="method"/> <paramref name="route"/> is answered with the vendor document's own example answer.</summary>
    public void AnswerNextWithDocumentExample(string method, string route) =>
        examples[$"{method} {route}"] = XSeriesOpenApi.Examples(method, route, StatusCodes.Status200OK).First();

    private async Task AnswerAsync(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint() is not RouteEndpoint { RoutePattern.RawText: { } route } || XSeriesOpenApi.Locate(route) is null)
        {
            await next(context);
            return;
        }
        if (examples.TryRemove($"{context.Request.Method} {route}", out var example))
        {
            await context.Response.WriteAsJsonAsync(example);
            return;
        }
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var body = Encoding.UTF8.GetString(buffer.ToArray());
        var searchType = context.Request.Query["type"].FirstOrDefault();
        var isJson = context.Response.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true;
        if (isJson && XSeriesOpenApi.ResponseSchema(context.Request.Method, route, context.Response.StatusCode, searchType) is { } schema
            && JsonNode.Parse(body) is { } node)
        {
            Prune(node, schema, options.Sparse);
            body = node.ToJsonString();
        }
        if (isJson && options.RecordAnswers)
        {
            answers.Enqueue(new XSeriesAnswer(context.Request.Method, route, context.Response.StatusCode, searchType, body));
        }
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes, context.RequestAborted);
    }

    private static void Prune(JsonNode node, JsonObject schema, bool sparse)
    {
        switch (node)
        {
            case JsonArray array when schema["items"] is JsonObject items:
                foreach (var item in array.Where(i => i is not null))
                {
                    Prune(item!, items, sparse);
                }
                break;
            case JsonObject obj:
                var (declared, required) = Shape(schema);
                foreach (var (name, value) in obj.ToList())
                {
                    var sub = declared.GetValueOrDefault(name);
                    var optional = !required.Contains(name);
                    var nullNotAllowed = value is null && sub?["type"] is JsonValue;
                    var leftOut = sparse && (name == "version" || IsEmpty(value) || (declared.Count > 0 && sub is null));
                    if (optional && (nullNotAllowed || leftOut))
                    {
                        obj.Remove(name);
                    }
                    else if (value is not null && sub is not null)
                    {
                        Prune(value, sub, sparse);
                    }
                }
                break;
        }
    }

    /// <summary>The properties and required names of an object schema, through <c>allOf</c>.</summary>
    private static (Dictionary<string, JsonObject> Declared, HashSet<string> Required) Shape(JsonObject schema)
    {
        var declared = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in (schema["allOf"] as JsonArray ?? []).OfType<JsonObject>().Append(schema))
        {
            foreach (var (name, sub) in part["properties"] as JsonObject ?? [])
            {
                declared[name] = sub!.AsObject();
            }
            required.UnionWith((part["required"] as JsonArray ?? []).Select(r => (string)r!));
        }
        return (declared, required);
    }

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray a => a.Count == 0,
        JsonObject o => o.Count == 0,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length == 0,
        _ => false,
    };
}
