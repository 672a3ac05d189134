using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Sync.Simulators.XSeries;

/// <summary>
/// The vendor's OpenAPI documents (embedded, see <c>OpenApi/NOTICE.md</c>): the response schema of each endpoint the
/// simulator serves, with its <c>$ref</c>s inlined and OpenAPI 3.0's <c>nullable</c> turned into JSON Schema's
/// <c>"null"</c> type, so that one schema can both prune a sparse answer and validate any answer.
/// </summary>
public static partial class XSeriesOpenApi
{
    private const int MaxDepth = 24;
    private static readonly string[] Kept =
        ["type", "properties", "items", "required", "enum", "allOf", "anyOf", "oneOf", "additionalProperties", "pattern", "minimum", "maximum"];
    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> Documents = new(Load);

    /// <summary>The document that describes a simulator route: 0.9 for register sales, 2.0 beta for fulfillments and webhooks.</summary>
    public static (string Document, string Path)? Locate(string route)
    {
        var path = Parameter().Replace(route, "{}");
        return path switch
        {
            _ when path.StartsWith("/api/2.0/fulfillments", StringComparison.Ordinal) || path.StartsWith("/api/2.0/webhooks", StringComparison.Ordinal)
                => ("legacy-api-v2-0-beta.json", path["/api/2.0".Length..]),
            _ when path.StartsWith("/api/2.0/", StringComparison.Ordinal) => ("legacy-api-v2-0.json", path["/api/2.0".Length..]),
            "/api/register_sales" => ("legacy-api-v0-9.json", "/register_sales"),
            _ => null,
        };
    }

    /// <summary>
    /// The schema of the JSON answer to <paramref name="method"/> <paramref name="route"/> with <paramref name="status"/>, or null
    /// where the document gives none. The search answer's items are untyped there; <paramref name="searchType"/> names the
    /// document's own schema of the entity searched for (customers, sales), so that its fields are checked too.
    /// </summary>
    public static JsonObject? ResponseSchema(string method, string route, int status, string? searchType = null)
    {
        if (Locate(route) is not var (name, path) || Operation(name, path, method) is not { } operation
            || operation["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)]?["content"]?["application/json"]?["schema"]
                is not JsonObject schema)
        {
            return null;
        }
        var inlined = Inline(schema, Documents.Value[name], 0);
        if (path == "/search" && searchType is "customers" or "sales")
        {
            inlined = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["data"] = new JsonObject { ["type"] = "array", ["items"] = Component(name, searchType == "customers" ? "Customer" : "Sale") },
                },
            };
        }
        return inlined;
    }

    /// <summary>The example answers the document gives for an endpoint, by status.</summary>
    public static IReadOnlyList<JsonNode> Examples(string method, string route, int status)
    {
        if (Locate(route) is not var (name, path) || Operation(name, path, method) is not { } operation)
        {
            return [];
        }
        var content = operation["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)]?["content"]?["application/json"];
        var examples = new List<JsonNode>();
        if (content?["example"] is { } example)
        {
            examples.Add(example.DeepClone());
        }
        foreach (var (_, named) in content?["examples"] as JsonObject ?? [])
        {
            if (named?["value"] is { } value)
            {
                examples.Add(value.DeepClone());
            }
        }
        return examples;
    }

    public static JsonObject Component(string document, string schema) =>
        Inline(Documents.Value[document]["components"]!["schemas"]![schema]!.AsObject(), Documents.Value[document], 0);

    private static JsonObject? Operation(string document, string path, string method) =>
        Documents.Value[document]["paths"]!.AsObject()
            .Where(p => Parameter().Replace(p.Key, "{}") == path)
            .Select(p => p.Value?[method.ToLowerInvariant()] as JsonObject)
            .FirstOrDefault(o => o is not null);

    private static JsonObject Inline(JsonObject schema, JsonObject document, int depth)
    {
        if (depth > MaxDepth)
        {
            return [];
        }
        if ((string?)schema["$ref"] is { } reference)
        {
            var target = reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Aggregate((JsonNode)document, (node, segment) => node[segment]!);
            return Inline(target.AsObject(), document, depth + 1);
        }
        var copy = new JsonObject();
        foreach (var (key, value) in schema)
        {
            if (!Kept.Contains(key) || value is null)
            {
                continue;
            }
            copy[key] = key switch
            {
                "properties" => new JsonObject(value.AsObject().Select(p =>
                    KeyValuePair.Create(p.Key, (JsonNode?)Inline(p.Value!.AsObject(), document, depth + 1)))),
                "items" or "additionalProperties" when value is JsonObject sub => Inline(sub, document, depth + 1),
                "allOf" or "anyOf" or "oneOf" => new JsonArray(value.AsArray().Select(s => (JsonNode?)Inline(s!.AsObject(), document, depth + 1)).ToArray()),
                _ => value.DeepClone(),
            };
        }
        if ((bool?)schema["nullable"] == true)
        {
            if (copy["type"] is JsonValue type)
            {
                copy["type"] = new JsonArray((string)type!, "null");
            }
            if (copy["enum"] is JsonArray values)
            {
                values.Add(null);
            }
        }
        return copy;
    }

    private static Dictionary<string, JsonObject> Load()
    {
        var assembly = typeof(XSeriesOpenApi).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("xseries-openapi/", StringComparison.Ordinal))
            .ToDictionary(n => n["xseries-openapi/".Length..], n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return JsonNode.Parse(stream)!.AsObject();
            });
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
