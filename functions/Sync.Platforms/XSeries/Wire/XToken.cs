namespace Sync.Platforms.XSeries.Wire;

/// <summary><c>POST /api/1.0/token</c>; <c>expires</c> is a unix time, <c>expires_in</c> seconds.</summary>
internal sealed record XToken(string AccessToken, string RefreshToken, long? Expires, long? ExpiresIn);
