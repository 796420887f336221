using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// Ranks what the tumor board could do next, as of a moment, with reasons and evidence. Pure: the
/// same case, knowledge base and request give the same report. A drug with clinical resistance
/// evidence for the patient's current mutation is never ranked above a drug without it; a barred
/// drug (life-threatening reaction) is ranked last; options of equal standing share a rank and the
/// report says so: nothing is decided by the alphabet.
/// </summary>
public static class RecommendationEngine
{
    /// <summary>Recommends for the case as of the request's moment.</summary>
    public static RecommendationReport Recommend(PatientCase patientCase, KnowledgeBase kb, RecommendationRequest request)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentNullException.ThrowIfNull(request);
        var truncated = CaseAsOf.Truncate(patientCase, request.AsOf);
        var decisionDate = request.AsOf.Date
            ?? (request.AsOf.AfterLine is { } n ? patientCase.TherapyLines.FirstOrDefault(l => l.Number == n + 1)?.Start : null);
        var ctx = new RecommendationContext(truncated, kb, request, decisionDate);
        var (point, reason) = DecisionPointClassifier.Classify(ctx);
        if (ctx.SecondPrimaries.Length > 0)
        {
            reason += $"; a second primary is recorded ({string.Join(", ", ctx.SecondPrimaries.Select(d => $"{d.HistologyText ?? CaseWords.Of(d.Histology)}, {d.Id}"))}): it is managed separately; record its treatment under medications so that interactions are checked";
        }

        var plan = new Plan(ctx);
        plan.Apply(point);
        var ranked = Rank(plan.Options);
        return new RecommendationReport(point, reason, request.AsOf, request.Jurisdiction, ctx.Age, ctx.TumorType, kb.Release, RecommendationRequest.EngineVersion,
            ranked, [.. plan.Tests], MutationAttributor.Attribute(truncated), ctx.Findings, ctx.Responses, [.. plan.Rules.Select(r => r.Id)], truncated,
            ctx.AlkStatus, ctx.MutationStates, UnreadNotes.Of(truncated))
        {
            Assumptions = CaseAsOf.Assumptions(patientCase, request.AsOf),
        };
    }

    private static readonly OptionKind[] KindOrder = [OptionKind.Test, OptionKind.Surgery, OptionKind.LocalTherapy, OptionKind.Drug, OptionKind.Trial, OptionKind.Chemotherapy, OptionKind.Supportive];

    /// <summary>
    /// Barred last; drugs the patient declines just before them; options with clinical resistance
    /// evidence for the current mutation after all others; then by score. Options equal on all four share a rank (1, 2, 2, 4): they are listed
    /// by kind and in the order the rules proposed them, and each says with which options it is tied
    /// and what would separate them.
    /// </summary>
    public static ImmutableArray<TreatmentOption> Rank(IEnumerable<TreatmentOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ordered = options
            .OrderBy(o => o.Barred)
            .ThenBy(Declined)
            .ThenBy(o => o.ResistanceToCurrentMutation)
            .ThenByDescending(o => o.Score)
            .ThenBy(o => Array.IndexOf(KindOrder, o.Kind))
            .ToList();
        var result = ImmutableArray.CreateBuilder<TreatmentOption>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var o = ordered[i];
            var rank = 1 + ordered.Count(x => Better(x, o));
            var tied = ordered.Where(x => !ReferenceEquals(x, o) && Standing(x) == Standing(o)).ToList();
            result.Add(o with { Rank = rank, Tie = tied.Count == 0 ? null : TieText(o, tied) });
        }

        return result.MoveToImmutable();
    }

    private static (bool Barred, bool Declined, bool Resistant, int Score) Standing(TreatmentOption o) => (o.Barred, Declined(o), o.ResistanceToCurrentMutation, o.Score);

    /// <summary>A drug the patient declines ranks after every option the patient has not declined (and before barred ones).</summary>
    private static bool Declined(TreatmentOption o) => o.Factors.Any(f => f.Kind == FactorKind.PatientDeclines);

    private static bool Better(TreatmentOption a, TreatmentOption b)
    {
        var (x, y) = (Standing(a), Standing(b));
        return x.Barred != y.Barred ? !x.Barred
            : x.Declined != y.Declined ? !x.Declined
            : x.Resistant != y.Resistant ? !x.Resistant
            : x.Score > y.Score;
    }

    /// <summary>"tied with X and Y at score S; they differ in: …" or "no factor in the knowledge base separates them".</summary>
    private static string TieText(TreatmentOption o, List<TreatmentOption> tied)
    {
        var names = string.Join(", ", tied.Select(t => t.Title));
        var same = tied.Where(t => Differing(o, [t]).Count == 0).ToList();
        var other = tied.Except(same).ToList();
        var parts = new List<string>();
        if (same.Count > 0)
        {
            parts.Add($"{(other.Count > 0 ? $"with {string.Join(", ", same.Select(t => t.Title))}, " : string.Empty)}the knowledge base weighs them equally (the same factors with the same points; the evidence behind them differs, see each option): the choice rests on clinical judgement (toxicity profile, access, the patient's preference)");
        }

        if (other.Count > 0)
        {
            parts.Add($"{(same.Count > 0 ? $"with {string.Join(", ", other.Select(t => t.Title))}, " : string.Empty)}their factors differ but sum to the same score ({string.Join(", ", Differing(o, other))}): weigh those for this patient");
        }

        return $"tied at score {o.Score} with {names}; {string.Join("; ", parts)}";
    }

    private static List<string> Differing(TreatmentOption o, List<TreatmentOption> tied) =>
        [.. o.Factors.Select(f => f.Kind).Concat(tied.SelectMany(t => t.Factors.Select(f => f.Kind))).Distinct()
            .Where(kind => tied.Any(t => Effect(t, kind) != Effect(o, kind)))
            .Select(kind => (o.Factors.FirstOrDefault(f => f.Kind == kind) ?? tied.SelectMany(t => t.Factors).First(f => f.Kind == kind)).Name)];

    private static int Effect(TreatmentOption o, FactorKind kind) => o.Factors.Where(f => f.Kind == kind).Sum(f => f.Effect);
}
