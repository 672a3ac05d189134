using Microsoft.AspNetCore.WebUtilities;

namespace Sync.Platforms.Tests.Support;

internal static class FormBody
{
    public static IReadOnlyDictionary<string, string> Parse(string body) =>
        QueryHelpers.ParseQuery(body).ToDictionary(kv => kv.Key, kv => kv.Value.ToString());
}
