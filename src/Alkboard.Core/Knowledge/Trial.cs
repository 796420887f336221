using System.Collections.Immutable;

namespace Alkboard.Core.Knowledge;

/// <summary>
/// A clinical trial or access programme as the knowledge base records it: registry id where one is
/// sourced, phase, drugs, status with the date of the record read, where it runs (jurisdictions,
/// with countries in words), the eligibility that can be checked against a case, and the earliest
/// date the sources read show it running (a decision before that date is not offered it). Only
/// what can be sourced; an unconfirmed fact is said to be unconfirmed.
/// </summary>
public sealed record Trial(
    string Id,
    string Name,
    string? Nct,
    string Phase,
    ImmutableArray<string> Drugs,
    string Status,
    string StatusDate,
    ImmutableArray<string> Jurisdictions,
    string Where,
    bool AlkPositiveSolidTumors,
    int? MinAgeYears,
    int? MaxAgeYears,
    string Eligibility,
    ImmutableArray<string> Citations,
    Cases.PartialDate KnownFrom,
    bool RequiresPriorTherapy = false);
