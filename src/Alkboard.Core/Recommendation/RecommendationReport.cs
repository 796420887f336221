using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Evidence;
using Alkboard.Core.Recist;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// The engine's answer at a decision: the situation, the ranked options, tests to order, mutation
/// attributions, the interpreted findings and response history it used, the rules applied, and the
/// knowledge-base release and engine version it was computed with.
/// </summary>
public sealed record RecommendationReport(
    DecisionPoint DecisionPoint,
    string Situation,
    AsOf AsOf,
    string? Jurisdiction,
    AgeRange? Age,
    string TumorType,
    string KnowledgeBaseRelease,
    string EngineVersion,
    ImmutableArray<TreatmentOption> Options,
    ImmutableArray<TestToOrder> TestsToOrder,
    ImmutableArray<MutationAttribution> Attributions,
    ImmutableArray<Interpretation> Findings,
    RecistReport Responses,
    ImmutableArray<string> RulesApplied,
    PatientCase CaseAsOf,
    AlkStatus AlkStatus,
    ImmutableArray<MutationProfileState> MutationStates,
    ImmutableArray<string> UnreadNotes)
{
    /// <summary>What the decision assumed because the record cannot say (an undated test counted as known on the decision date); shown beside the options.</summary>
    public ImmutableArray<string> Assumptions { get; init; } = [];
}