using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Sync.Application.Events;
using Sync.Application.Parking;

namespace Sync.Functions.Operations;

/// <summary>The operator's view of parked messages (ALL-2): list them with their reasons, replay one or all of a concern.</summary>
public sealed class ParkedMessages(MessageParking parking)
{
    [Function("ListParkedMessages")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/ops/parked")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var parked = await parking.ListAsync(cancellationToken).ToListAsync(cancellationToken);
        return new OkObjectResult(parked);
    }

    [Function("ReplayParkedMessage")]
    public async Task<IActionResult> Replay(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/ops/parked/{concern}/{id}/replay")] HttpRequest request,
        string concern,
        string id,
        CancellationToken cancellationToken)
    {
        if (!TryConcern(concern, out var parsed))
        {
            return UnknownConcern(concern);
        }

        return await parking.ReplayAsync(parsed, id, cancellationToken) switch
        {
            ReplayResult.Replayed => new AcceptedResult(),
            ReplayResult.NotFound => Problems.NotFound($"No {concern} message '{id}' is parked (replayed already?). GET /api/ops/parked lists them."),
            _ => Problems.Of(StatusCodes.Status422UnprocessableEntity, "Cannot be replayed",
                "The parked message is not a readable envelope; it is kept for inspection."),
        };
    }

    [Function("ReplayParkedConcern")]
    public async Task<IActionResult> ReplayAll(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/ops/parked/{concern}/replay")] HttpRequest request,
        string concern,
        CancellationToken cancellationToken) =>
        TryConcern(concern, out var parsed)
            ? new AcceptedResult((string?)null, new { replayed = await parking.ReplayAllAsync(parsed, cancellationToken) })
            : UnknownConcern(concern);

    private static bool TryConcern(string concern, out Concern parsed) =>
        Enum.TryParse(concern, ignoreCase: true, out parsed) && Enum.IsDefined(parsed);

    private static ObjectResult UnknownConcern(string concern) =>
        Problems.NotFound($"'{concern}' is not a queue: use {string.Join(", ", Enum.GetNames<Concern>().Select(n => n.ToLowerInvariant()))}.");
}
