namespace Sync.Application.Platforms;

public sealed record OAuthTokens(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"OAuthTokens {{ ExpiresAt = {ExpiresAt:O} }}";
}
