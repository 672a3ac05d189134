namespace Sync.Application.Status;

/// <summary>Which platform's changes are applied first: the one whose event arrived (reconciliation starts with POS, the truth).</summary>
public enum StatusSource
{
    Ecom,
    Pos,
}
