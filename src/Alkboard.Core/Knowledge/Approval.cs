using System.Collections.Immutable;

namespace Alkboard.Core.Knowledge;

/// <summary>An approval or reimbursement decision for a drug in a jurisdiction (US, EU, JP, KR), with age limits and status.</summary>
public sealed record Approval(
    string Jurisdiction,
    string Agency,
    string Drug,
    string Indication,
    ImmutableArray<string> TumorTypes,
    int? MinAgeYears,
    int? MaxAgeYears,
    string? Date,
    string Status,
    string? Note,
    ImmutableArray<string> Citations);
