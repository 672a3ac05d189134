using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Sync.Application.Notifications;

namespace Sync.Functions.Web;

/// <summary>The staff bell (NOT-1..3): the signed-in staff member's notifications, and marking them read.</summary>
public sealed class ConsoleBell(ConsoleGate gate, StaffBell bell)
{
    [Function("ConsoleBell")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/console/bell")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (user, refusal) = await gate.AdmitAsync(request, ConsoleUser.Staff, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return await bell.ForUserAsync(user!.PosUserId, cancellationToken) is { } found ? new OkObjectResult(found) : new NotFoundResult();
    }

    [Function("ConsoleBellRead")]
    public async Task<IActionResult> MarkRead(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/console/bell/read")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (user, refusal) = await gate.AdmitAsync(request, ConsoleUser.Staff, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        ReadRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<ReadRequest>(request.Body, JsonSerializerOptions.Web, cancellationToken);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body?.FulfillmentIds is not { Count: > 0 } ids)
        {
            return ConsoleGate.Problem(StatusCodes.Status400BadRequest, "Nothing to mark", "Send {\"fulfillmentIds\": [...]}.");
        }

        return await bell.MarkReadAsync(user!.PosUserId, ids, cancellationToken) ? new NoContentResult() : new NotFoundResult();
    }

    private sealed record ReadRequest(IReadOnlyList<string>? FulfillmentIds);
}
