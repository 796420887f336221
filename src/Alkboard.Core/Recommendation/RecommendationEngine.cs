using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// Ranks what the tumor board could do next, as of a moment, with reasons and evidence. Pure: the
/// same case, knowledge base and request give the same report. A drug with resistance evidence for
/// the patient's current mutation is never ranked above a drug without it; a barred drug (life-
/// threatening reaction) is ranked last.
/// </summary>
public static partial class RecommendationEngine
{
    /// <summary>Recommends for the case as of the request's moment.</summary>
    public static RecommendationReport Recommend(PatientCase patientCase, KnowledgeBase kb, RecommendationRequest request)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentNullException.ThrowIfNull(request);
        var truncated = CaseAsOf.Truncate(patientCase, request.AsOf);
        var ctx = new RecommendationContext(truncated, kb, request);
        var (point, reason) = DecisionPointClassifier.Classify(ctx);
        var plan = new Plan(ctx);
        plan.Apply(point);
        var ranked = Rank(plan.Options);
        return new RecommendationReport(point, reason, request.AsOf, request.Jurisdiction, ctx.AgeYears, ctx.TumorType, kb.Release, RecommendationRequest.EngineVersion,
            ranked, [.. plan.Tests], MutationAttributor.Attribute(truncated), ctx.Findings, ctx.Responses, [.. plan.Rules.Select(r => r.Id)], truncated);
    }

    private static readonly OptionKind[] KindOrder = [OptionKind.Test, OptionKind.Surgery, OptionKind.LocalTherapy, OptionKind.Drug, OptionKind.Trial, OptionKind.Chemotherapy, OptionKind.Supportive];

    /// <summary>
    /// Barred last; options with resistance evidence for the current mutation after all others;
    /// then by score, then kind and title so that the order is deterministic.
    /// </summary>
    public static ImmutableArray<TreatmentOption> Rank(IEnumerable<TreatmentOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. options
            .OrderBy(o => o.Barred)
            .ThenBy(o => o.ResistanceToCurrentMutation)
            .ThenByDescending(o => o.Score)
            .ThenBy(o => Array.IndexOf(KindOrder, o.Kind))
            .ThenBy(o => o.Title, StringComparer.Ordinal)
            .Select((o, i) => o with { Rank = i + 1 })];
    }
}
