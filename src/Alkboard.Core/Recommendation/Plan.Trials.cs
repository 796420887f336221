using Alkboard.Core.Knowledge;
using P = Alkboard.Core.Recommendation.ScoringPolicy;

namespace Alkboard.Core.Recommendation;

internal sealed partial class Plan
{
    /// <summary>
    /// The trial or access-programme option, from the knowledge base's trials: with a jurisdiction,
    /// only those that run there (or everywhere); without one, every trial with where it runs. A
    /// trial whose sourced age limits certainly exclude the patient is left out and said so.
    /// </summary>
    private void Trial(string reason)
    {
        var rule = RecommendationRules.TrialsAndAccess;
        var j = ctx.Request.Jurisdiction;
        var candidates = ctx.Kb.Trials.Where(t => (j is null || t.Jurisdictions.Contains(j) || t.Jurisdictions.Contains("any"))
            && (ctx.DecisionDate is not { } on || !t.KnownFrom.IsCertainlyAfter(on))).ToList();
        var untreated = ctx.Case.TherapyLines.Length == 0;
        var excluded = candidates.Where(t => (ctx.Age is { } a && ((t.MinAgeYears is { } min && a.MaxYears < min) || (t.MaxAgeYears is { } max && a.MinYears > max)))
            || (t.RequiresPriorTherapy && untreated)).ToList();
        var open = candidates.Except(excluded).ToList();
        var names = open.Count == 0 ? $"no trial in the knowledge base is known to run there{(ctx.DecisionDate is { } d ? $" on {d}" : string.Empty)}" : string.Join("; ", open.Select(Describe));
        var where = j is null ? "no jurisdiction given, trials everywhere listed" : $"trials running in {j}";
        var detail = $"{reason}; {where}{(excluded.Count > 0 ? $"; excluded by age or prior treatment: {string.Join(", ", excluded.Select(t => t.Name))}" : string.Empty)}";
        Use(rule);
        var citations = ctx.Kb.References(rule.Citations.Concat(open.SelectMany(t => t.Citations)));
        var score = open.Count == 0 ? P.NoKnownTrial : P.Trial;
        Options.Add(new TreatmentOption(0, OptionKind.Trial, $"clinical trial or access programme: {names}; or expanded access", [], null, score,
            [new Factor(FactorKind.Rule, rule.Id, score, detail)], citations, [], rule.Id, false, false));
    }

    private static string Describe(Trial t)
    {
        var id = t.Nct is null ? string.Empty : $", {t.Nct}";
        var drugs = t.Drugs.Length == 0 ? string.Empty : $", {string.Join(" + ", t.Drugs)}";
        return $"{t.Name} ({t.Where}{id}{drugs}; {t.Status} as of {t.StatusDate})";
    }
}
