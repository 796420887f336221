using System.Collections.Immutable;

namespace Alkboard.Core.Knowledge;

/// <summary>
/// An approval or reimbursement decision for a drug in a jurisdiction (US, EU, JP, KR), for tumor
/// types (or "any": tumor-agnostic) and ages, with its status and the agency's decision date (for
/// the EU the Commission's decision; an interval when only bounds are sourced).
/// </summary>
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
    ImmutableArray<string> Citations,
    Cases.PartialDate? Decision = null,
    string? Condition = null);
