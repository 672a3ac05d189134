using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Sync.Application.Events;
using Sync.Application.Parking;

namespace Sync.Functions.Operations;

/// <summary>The operator's view of parked messages (ALL-2): list them with their reasons, replay one.</summary>
public sealed class ParkedMessages(MessageParking parking)
{
    [Function("ListParkedMessages")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "ops/parked")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var parked = await parking.ListAsync(cancellationToken).ToListAsync(cancellationToken);
        return new OkObjectResult(parked);
    }

    [Function("ReplayParkedMessage")]
    public async Task<IActionResult> Replay(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "ops/parked/{concern}/{id}/replay")] HttpRequest request,
        string concern,
        string id,
        CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<Concern>(concern, ignoreCase: true, out var parsed))
        {
            return new NotFoundResult();
        }

        return await parking.ReplayAsync(parsed, id, cancellationToken) switch
        {
            ReplayResult.Replayed => new AcceptedResult(),
            ReplayResult.NotFound => new NotFoundResult(),
            _ => new UnprocessableEntityObjectResult(new { detail = "The parked message is not a readable envelope; it is kept for inspection." }),
        };
    }
}
