namespace Sync.Application.Platforms.XSeries;

/// <summary>The whole sale as written: an edit that omits a line deletes it.</summary>
public sealed record SaleDraft(
    string RegisterId,
    string UserId,
    string? CustomerId,
    DateTimeOffset SaleDate,
    string Source,
    string SourceId,
    SaleState State,
    IReadOnlyList<string> Attributes,
    string? Note,
    IReadOnlyList<SaleDraftLine> Lines,
    IReadOnlyList<SaleDraftPayment> Payments);
