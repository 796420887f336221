using Alkboard.Contracts.Genomics;
using Alkboard.Core.Knowledge;
using Alkboard.Core.Recommendation;

namespace Alkboard.Contracts.Recommendation;

/// <summary>
/// <c>alkboard recommend --format json</c> (docs/recommend.md): the decision point and situation,
/// the as-of point, jurisdiction, knowledge-base release, engine version, SHA-256 of the case file
/// bytes, age (a range in years, as text), tumor type, ALK status, mutation profiles, the
/// disclaimer, the ranked options, tests to order, mutation attributions, interpreted findings,
/// the rules applied and the notes the engine did not read.
/// </summary>
public sealed record RecommendationJson(
    DecisionPoint DecisionPoint,
    string Situation,
    string AsOf,
    string? Jurisdiction,
    KnowledgeBaseReleaseJson KnowledgeBase,
    string EngineVersion,
    string InputHash,
    string? Age,
    string TumorType,
    AlkStatusJson AlkStatus,
    IReadOnlyList<MutationProfileJson> MutationProfiles,
    string Disclaimer,
    IReadOnlyList<TreatmentOptionJson> Options,
    IReadOnlyList<TestToOrderJson> TestsToOrder,
    IReadOnlyList<AttributionJson> Attributions,
    IReadOnlyList<InterpretationJson> Findings,
    IReadOnlyList<string> RulesApplied,
    IReadOnlyList<string> UnreadNotes,
    IReadOnlyList<string> Assumptions)
{
    /// <summary>The contract form of a report made with <paramref name="kb"/> from a case file whose SHA-256 is <paramref name="inputHash"/>.</summary>
    public static RecommendationJson From(RecommendationReport r, KnowledgeBase kb, string inputHash, string disclaimer)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(kb);
        return new(
            r.DecisionPoint,
            r.Situation,
            r.AsOf.ToString(),
            r.Jurisdiction,
            new KnowledgeBaseReleaseJson(kb.Release, kb.ReleaseDate, kb.ContentDigest),
            r.EngineVersion,
            inputHash,
            r.Age?.ToString(),
            r.TumorType,
            AlkStatusJson.From(r.AlkStatus),
            [.. r.MutationStates.Select(MutationProfileJson.From)],
            disclaimer,
            [.. r.Options.Select(TreatmentOptionJson.From)],
            [.. r.TestsToOrder.Select(TestToOrderJson.From)],
            [.. r.Attributions.Select(AttributionJson.From)],
            [.. r.Findings.Select(f => InterpretationJson.From(f, kb))],
            [.. r.RulesApplied],
            [.. r.UnreadNotes],
            [.. r.Assumptions]);
    }
}
