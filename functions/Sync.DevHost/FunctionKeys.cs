using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;

namespace Sync.DevHost;

/// <summary>
/// ALL-6: the Functions host's key check, so that the dev host refuses what Azure refuses. A <c>Function</c>-level
/// endpoint takes its own key (<c>DevHost:FunctionKeys:{name}</c>), the host key (<c>DevHost:HostKey</c>) or the
/// master key (<c>DevHost:MasterKey</c>); an <c>Admin</c>-level one only the master key. The key comes in the
/// <c>x-functions-key</c> header or the <c>code</c> query parameter.
/// </summary>
internal sealed class FunctionKeys(IConfiguration configuration)
{
    public const string Header = "x-functions-key";

    public string? HostKey => configuration["DevHost:HostKey"] is { Length: > 0 } key ? key : null;

    public bool Admits(HttpRequest request, HttpFunction function)
    {
        if (function.Level == AuthorizationLevel.Anonymous)
        {
            return true;
        }

        var given = request.Headers[Header].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
        if (string.IsNullOrEmpty(given))
        {
            return false;
        }

        IEnumerable<string?> accepted = function.Level == AuthorizationLevel.Admin
            ? [configuration["DevHost:MasterKey"]]
            : [configuration[$"DevHost:FunctionKeys:{function.Name}"], HostKey, configuration["DevHost:MasterKey"]];
        var bytes = Encoding.UTF8.GetBytes(given);
        return accepted.OfType<string>().Where(k => k.Length > 0)
            .Any(k => CryptographicOperations.FixedTimeEquals(bytes, Encoding.UTF8.GetBytes(k)));
    }
}
