using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Azure.Functions.Worker;

namespace Sync.Functions.Web;

/// <summary>
/// The console's built page and assets (Vite's output, copied to <c>wwwroot</c> by the build), served by the
/// function app itself so that one deployment carries both. Paths without a file are the page's own routes.
/// </summary>
public sealed class ConsoleAssets
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    [Function("Console")]
    public IActionResult Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "{*path}")] HttpRequest request,
        string? path)
    {
        var relative = string.IsNullOrEmpty(path) ? "index.html" : path;
        if (relative.StartsWith("api/", StringComparison.Ordinal))
        {
            return new NotFoundResult();
        }

        var file = Path.GetFullPath(Path.Combine(Root, relative));
        if (!file.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            if (Path.HasExtension(relative))
            {
                return new NotFoundResult();
            }

            file = Path.Combine(Root, "index.html");
        }

        // Vite names assets by their content hash, so they never change; the page itself must be re-read.
        request.HttpContext.Response.Headers.CacheControl = relative.StartsWith("assets/", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        return new PhysicalFileResult(file, ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream");
    }
}
