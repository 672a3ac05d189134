namespace Sync.Rules.Status;

/// The platform a status lives on.
public enum Platform
{
    Ecom,
    Pos,
}
