using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Sync.Application.Settings;
using Sync.Functions.Webhooks;

namespace Sync.Functions.Operations;

/// <summary>
/// The merchant's runtime settings (ALL-5). GET answers the document with its version in <c>ETag</c>; PUT replaces
/// it whole with <c>If-Match: &lt;that version&gt;</c>, after validating every id against the live POS. PUT of the
/// GET body unchanged is a no-op. Errors are problem details: 400 names each bad field, 412 a stale version.
/// </summary>
public sealed class Settings(SettingsEditor editor)
{
    /// <summary>A settings document is a few kilobytes; this leaves room for large stores and refuses anything absurd.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    [Function("GetSettings")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/ops/settings")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var current = await editor.ReadAsync(cancellationToken);
        request.HttpContext.Response.Headers.ETag = current.Version;
        return new OkObjectResult(current.Settings);
    }

    [Function("PutSettings")]
    public async Task<IActionResult> Put(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "api/ops/settings")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, "Send JSON",
                "The settings are a JSON document: send Content-Type: application/json.");
        }

        if (request.Headers.IfMatch.ToString() is not { Length: > 0 } version)
        {
            return Problems.Of(StatusCodes.Status428PreconditionRequired, "Say which version you are replacing",
                "Send If-Match with the ETag of the settings you read (GET /api/ops/settings), so no one else's change is overwritten.");
        }

        if (await RequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return Problems.TooLarge(MaxBodyBytes);
        }

        SyncSettings? replacement;
        try
        {
            replacement = JsonSerializer.Deserialize<SyncSettings>(body, Json);
        }
        catch (JsonException ex)
        {
            return Problems.BadRequest($"The body is not a settings document{(ex.Path is { Length: > 1 } path ? $" (at {path})" : "")}: {FirstLine(ex.Message)}");
        }

        if (replacement is null)
        {
            return Problems.BadRequest("The body must be the settings document that GET /api/ops/settings answers.");
        }

        switch (await editor.ReplaceAsync(replacement, version.Trim(), cancellationToken))
        {
            case SettingsSave.Saved saved:
                request.HttpContext.Response.Headers.ETag = saved.Current.Version;
                return new OkObjectResult(saved.Current.Settings);
            case SettingsSave.Invalid invalid:
                return Problems.Invalid("Nothing was changed. Fix the fields named below (GET /api/ops/setup lists the store's ids by name).",
                    invalid.Problems.Errors.ToDictionary(e => e.Key, e => e.Value));
            case SettingsSave.Stale stale:
                request.HttpContext.Response.Headers.ETag = stale.CurrentVersion;
                return Problems.Of(StatusCodes.Status412PreconditionFailed, "The settings changed since you read them",
                    "Nothing was changed. Read them again (GET /api/ops/settings), make your change, and send it with the new ETag.");
            default:
                throw new System.Diagnostics.UnreachableException();
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
