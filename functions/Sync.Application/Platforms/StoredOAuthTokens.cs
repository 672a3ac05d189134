namespace Sync.Application.Platforms;

public sealed record StoredOAuthTokens(OAuthTokens Tokens, string Version);
