using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Sync.IntegrationTests.Fuzz;

/// <summary>A loopback stand-in for both platforms' APIs that counts every call made to it (and answers 503).</summary>
internal sealed class PlatformStub : IAsyncDisposable
{
    private readonly WebApplication app;
    private int calls;

    private PlatformStub(WebApplication app) => this.app = app;

    public string Url => app.Urls.First();

    public int Calls => calls;

    public static async Task<PlatformStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new PlatformStub(app);
        app.Run(context =>
        {
            Interlocked.Increment(ref stub.calls);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });
        await app.StartAsync();
        return stub;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
