namespace Sync.Application.Events;

/// <summary>The system an event came from.</summary>
public enum Platform
{
    XSeries,
    Ecom,
}
