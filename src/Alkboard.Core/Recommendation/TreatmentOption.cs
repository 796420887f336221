using System.Collections.Immutable;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// One ranked option: kind, what it is, the drugs, its evidence level, the score explained by named
/// factors, citations, warnings (what speaks against it), and the rule that proposed it. Options
/// with equal standing share a rank; <see cref="Tie"/> then says with which and what would separate them.
/// </summary>
public sealed record TreatmentOption(
    int Rank,
    OptionKind Kind,
    string Title,
    ImmutableArray<string> Drugs,
    EvidenceLevel? Level,
    int Score,
    ImmutableArray<Factor> Factors,
    ImmutableArray<string> Citations,
    ImmutableArray<OptionWarning> Warnings,
    string Rule,
    bool ResistanceToCurrentMutation,
    bool Barred,
    string? Tie = null);
