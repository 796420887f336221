using System.Collections.Immutable;

namespace Alkboard.Core.Knowledge;

/// <summary>One CIViC evidence item, as read from either the GraphQL JSON snapshot or the official ClinicalEvidenceSummaries.tsv.</summary>
public sealed record CivicItem(
    int EvidenceId,
    string Status,
    string EvidenceType,
    string Significance,
    string Direction,
    string Level,
    int? Rating,
    string MolecularProfile,
    ImmutableArray<string> Therapies,
    string Disease,
    string? Pmid,
    string? Title,
    int? Year,
    string Description);
