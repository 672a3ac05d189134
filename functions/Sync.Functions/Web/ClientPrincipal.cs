using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Sync.Functions.Web;

/// <summary>
/// The signed-in person as App Service built-in authentication passes it: <c>X-MS-CLIENT-PRINCIPAL</c>, base64 JSON
/// of their claims. The platform strips that header from what clients send, so it can be trusted; the dev host
/// emulates it for its local sign-in.
/// </summary>
public sealed record ClientPrincipal(IReadOnlyList<ClientPrincipal.Claim> Claims, string RoleType)
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>The dev host's stand-in claim: the POS user picked at its local sign-in.</summary>
    public const string PosUserClaim = "sync/pos_user_id";

    private static readonly string[] EmailTypes =
        ["email", "preferred_username", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", "upn"];

    public string? Email => EmailTypes.Select(Value).FirstOrDefault(v => v?.Contains('@', StringComparison.Ordinal) == true);

    public string? PosUserId => Value(PosUserClaim);

    public IReadOnlySet<string> Roles => Claims.Where(c => c.Typ == RoleType).Select(c => c.Val).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static ClientPrincipal? From(HttpRequest request)
    {
        if (request.Headers[Header].ToString() is not { Length: > 0 } encoded)
        {
            return null;
        }

        try
        {
            var wire = JsonSerializer.Deserialize<Wire>(Encoding.UTF8.GetString(Convert.FromBase64String(encoded)), JsonSerializerOptions.Web);
            return wire?.Claims is { } claims ? new ClientPrincipal(claims, wire.Role_typ ?? "roles") : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Wire("local", Claims, RoleType), JsonSerializerOptions.Web)));

    private string? Value(string type) => Claims.FirstOrDefault(c => string.Equals(c.Typ, type, StringComparison.OrdinalIgnoreCase))?.Val;

    public sealed record Claim(string Typ, string Val);

    private sealed record Wire(string? Auth_typ, IReadOnlyList<Claim>? Claims, string? Role_typ);
}
