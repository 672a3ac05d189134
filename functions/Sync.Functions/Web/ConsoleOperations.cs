using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sync.Application.Parking;
using Sync.Application.Settings;
using Sync.Functions.Operations;

namespace Sync.Functions.Web;

/// <summary>
/// The operator's endpoints, for the signed-in console: the same functions as <c>/api/ops</c> (which take a function
/// key, for automation), behind the console's sign-in and the operator role.
/// </summary>
public sealed class ConsoleOperations(ConsoleGate gate, HealthCheckService health, MessageParking parking, SettingsEditor settings, ApiBudget budget)
{
    [Function("ConsoleHealth")]
    public Task<IActionResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/console/health")] HttpRequest request,
        CancellationToken cancellationToken) =>
        AsOperator(request, () => new Health(health).Run(request, cancellationToken), cancellationToken);

    [Function("ConsoleParked")]
    public Task<IActionResult> Parked(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/console/parked")] HttpRequest request,
        CancellationToken cancellationToken) =>
        AsOperator(request, () => new ParkedMessages(parking).List(request, cancellationToken), cancellationToken);

    [Function("ConsoleReplay")]
    public Task<IActionResult> Replay(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/console/parked/{concern}/{id}/replay")] HttpRequest request,
        string concern,
        string id,
        CancellationToken cancellationToken) =>
        AsOperator(request, () => new ParkedMessages(parking).Replay(request, concern, id, cancellationToken), cancellationToken);

    [Function("ConsoleReplayAll")]
    public Task<IActionResult> ReplayAll(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/console/parked/{concern}/replay")] HttpRequest request,
        string concern,
        CancellationToken cancellationToken) =>
        AsOperator(request, () => new ParkedMessages(parking).ReplayAll(request, concern, cancellationToken), cancellationToken);

    [Function("ConsoleGetSettings")]
    public Task<IActionResult> GetSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/console/settings")] HttpRequest request,
        CancellationToken cancellationToken) =>
        AsOperator(request, () => new Settings(settings).Get(request, cancellationToken), cancellationToken);

    [Function("ConsolePutSettings")]
    public Task<IActionResult> PutSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/console/settings")] HttpRequest request,
        CancellationToken cancellationToken) =>
        AsOperator(request, () => new Settings(settings).Put(request, cancellationToken), cancellationToken);

    [Function("ConsoleBudget")]
    public Task<IActionResult> Budget(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/console/budget")] HttpRequest request,
        CancellationToken cancellationToken) =>
        AsOperator(request, () => Task.FromResult<IActionResult>(new OkObjectResult(budget.Snapshot())), cancellationToken);

    private async Task<IActionResult> AsOperator(HttpRequest request, Func<Task<IActionResult>> then, CancellationToken cancellationToken)
    {
        var (_, refusal) = await gate.AdmitAsync(request, ConsoleUser.Operator, cancellationToken);
        return refusal ?? await then();
    }
}
