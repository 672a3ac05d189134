using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Sync.Application.Settings;

namespace Sync.Functions.Operations;

/// <summary>ALL-5: the store's outlets, registers, users, taxes, payment types and shipping-product candidates, by name and id.</summary>
public sealed class Setup(StoreSetup setup)
{
    [Function("GetSetup")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/ops/setup")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new OkObjectResult(await setup.ReadAsync(cancellationToken));
}
