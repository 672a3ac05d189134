using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Sync.Functions;
using Sync.Infrastructure;

var builder = FunctionsApplication.CreateBuilder(args);
ServiceBusTriggers.EnsureFor(builder.Configuration);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddTelemetry(builder.Configuration);
builder.Services.AddSync(builder.Configuration);
builder.Services.AddFunctionServices();
builder.Build().Run();
