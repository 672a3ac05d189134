using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Sync.Application.Settings;

namespace Sync.Functions.Operations;

/// <summary>
/// The merchant's runtime settings: read them with their version; replace them whole with
/// <c>If-Match: &lt;version&gt;</c> (omit it only when nothing is stored yet). A stale version gets 412.
/// </summary>
public sealed class Settings(RuntimeSettings settings)
{
    [Function("GetSettings")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "ops/settings")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var current = await settings.ReadAsync(cancellationToken);
        return new OkObjectResult(current);
    }

    [Function("PutSettings")]
    public async Task<IActionResult> Put(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "ops/settings")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        SyncSettings? replacement;
        try
        {
            replacement = await JsonSerializer.DeserializeAsync<SyncSettings>(request.Body, JsonSerializerOptions.Web, cancellationToken);
        }
        catch (JsonException ex)
        {
            return new BadRequestObjectResult(new { detail = ex.Message });
        }

        if (replacement is null)
        {
            return new BadRequestObjectResult(new { detail = "The body must be the settings object." });
        }

        var version = request.Headers.IfMatch.FirstOrDefault();
        return await settings.TryUpdateAsync(replacement, version, cancellationToken)
            ? new OkObjectResult(await settings.ReadAsync(cancellationToken))
            : new StatusCodeResult(StatusCodes.Status412PreconditionFailed);
    }
}
