namespace Sync.Platforms.XSeries;

/// <summary>A read that could not be completed: what was read is not the whole, and nothing may be derived from it (ALL-4).</summary>
public sealed class IncompleteReadException(string message) : HttpRequestException(message);
