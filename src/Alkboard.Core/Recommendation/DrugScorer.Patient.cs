using Alkboard.Core.Cases;
using Alkboard.Core.Evidence;
using Alkboard.Core.Knowledge;
using P = Alkboard.Core.Recommendation.ScoringPolicy;

namespace Alkboard.Core.Recommendation;

public static partial class DrugScorer
{
    /// <summary>
    /// Every exposure counts, not only the last: a progression is not forgotten because a later
    /// re-challenge stopped for another reason. A progression explained by an earlier mutation profile
    /// that is no longer the whole profile weighs less when the present profile has clinical
    /// sensitivity evidence for the drug (Shaw 2016 NEJM, C1156Y + L1198F and crizotinib).
    /// </summary>
    private static void Exposure(RecommendationContext ctx, Sheet s, DrugName drug, List<(CurrentProfile Profile, Implication Implication)> presentSensitivity)
    {
        Refusal(ctx, s, drug);
        var exposures = ctx.Exposures.Where(e => e.Drug == drug).ToList();
        if (exposures.Count == 0)
        {
            s.Add(FactorKind.PriorExposure, "prior exposure", 0, "not given before");
            return;
        }

        if (ctx.Labels.Discontinuation(drug) is { } stop)
        {
            var events = string.Join(" with ", stop.Events.Select(e => $"grade {e.Grade} {e.Term}{(e.Onset is { } o ? $" ({o})" : string.Empty)}"));
            s.Add(FactorKind.LabelDiscontinuation, "label: permanently discontinue", P.LabelDiscontinuation,
                $"{events}: {stop.Rule.Text} ({stop.Rule.Section}) [{string.Join(", ", ctx.Kb.References(stop.Rule.Citations))}]");
            s.Warn(WarningKind.LabelDiscontinuation, $"do not give {drug} again: its label says permanently discontinue after {events}");
            s.Cite(ctx.Kb.References(stop.Rule.Citations));
            s.Barred = true;
            return;
        }

        if (exposures.Any(e => e.LifeThreateningReaction))
        {
            s.Add(FactorKind.LifeThreateningReaction, "life-threatening reaction", P.LifeThreateningReaction, "a grade 4–5 life-threatening reaction to this drug: do not re-challenge (seed 002)");
            s.Warn(WarningKind.DoNotRechallenge, $"do not re-challenge {drug}: life-threatening reaction recorded");
            s.Barred = true;
            return;
        }

        var current = exposures.LastOrDefault(e => e.Ongoing);
        var progressedOn = exposures.Where(e => e.ProgressedOnIt).ToList();
        var last = exposures[^1];
        if (current is { ProgressedOnIt: false })
        {
            var earlier = progressedOn.Count > 0 ? $"; it progressed on line {progressedOn[^1].Line} before this re-challenge" : string.Empty;
            s.Add(FactorKind.PriorExposure, "prior exposure", P.ContinueWithoutProgression, $"current line {current.Line}, no progression recorded: continue{earlier}");
        }
        else if (progressedOn.Count > 0)
        {
            var progression = progressedOn[^1];
            var later = last.Line != progression.Line ? $"; a later exposure (line {last.Line}) ended: {last.ReasonStopped.Replace('_', ' ')}" : string.Empty;
            if (Resensitised(ctx, drug, progression.Line, presentSensitivity) is { } why)
            {
                s.Add(FactorKind.PriorExposure, "prior exposure", P.ProgressedOnItResensitised, $"progressed on it (line {progression.Line}), {why}{later}");
                s.Warn(WarningKind.ProgressedOnIt, $"the patient progressed on {drug} (line {progression.Line}); the present mutation profile is reported to restore sensitivity");
            }
            else
            {
                s.Add(FactorKind.PriorExposure, "prior exposure", P.ProgressedOnIt, $"progressed on it (line {progression.Line}){later}");
                s.Warn(WarningKind.ProgressedOnIt, $"the patient progressed on {drug} (line {progression.Line})");
            }
        }
        else if (last.ReasonStopped == "toxicity" && ctx.Labels.Resumable(drug) is { } resume)
        {
            s.Add(FactorKind.PriorExposure, "prior exposure", 0, $"stopped for toxicity on line {last.Line}: its label lets the patient resume ({resume.Rule.Section}: {resume.Rule.Text}) [{string.Join(", ", ctx.Kb.References(resume.Rule.Citations))}]");
            s.Cite(ctx.Kb.References(resume.Rule.Citations));
            if (ctx.Responses.Lines.FirstOrDefault(r => r.Line == last.Line)?.BestOverallResponse is ResponseCategory.CR or ResponseCategory.PR)
            {
                s.Add(FactorKind.ResumeAfterWithhold, "resume at a reduced dose", P.ResumeAfterWithhold, $"it gave a response on line {last.Line}: once recovered, resume as the label says rather than switch");
            }
        }
        else if (last.ReasonStopped == "toxicity")
        {
            s.Add(FactorKind.PriorExposure, "prior exposure", P.StoppedForToxicity, $"stopped for toxicity on line {last.Line}: intolerance, not resistance; a reduced dose may be possible");
        }
        else if (last.ReasonStopped == "patient_choice")
        {
            s.Add(FactorKind.PriorExposure, "prior exposure", 0, $"stopped by the patient's choice on line {last.Line}");
            s.Warn(WarningKind.PatientDeclines, $"{drug} was stopped by the patient's choice (line {last.Line}): ask whether the patient would take it again");
        }
        else
        {
            s.Add(FactorKind.PriorExposure, "prior exposure", 0, $"given on line {last.Line} ({last.ReasonStopped.Replace('_', ' ')})");
        }

        if (exposures.Max(e => e.WorstGrade) is >= 3 and var grade)
        {
            s.Add(FactorKind.PriorSeriousToxicity, "prior serious toxicity", P.PriorSeriousToxicity, $"grade {grade} adverse event on {drug}");
            s.Warn(WarningKind.PriorToxicity, $"prior grade {grade} toxicity on {drug}");
        }
    }

    /// <summary>
    /// Why an earlier progression on the drug no longer decides (issue 10, item 4), or null: the
    /// profile found at that progression had resistance evidence for the drug, it is not the present
    /// profile, and the present profile has clinical evidence (case report or better, never
    /// cellular data alone) of sensitivity to the drug as a whole profile.
    /// </summary>
    private static string? Resensitised(RecommendationContext ctx, DrugName drug, int line, List<(CurrentProfile Profile, Implication Implication)> presentSensitivity)
    {
        var clinical = presentSensitivity.FirstOrDefault(x => x.Implication.Level != EvidenceLevel.Level4 && x.Implication.Match.IsWhole);
        if (clinical.Implication is not { } sensitivity || ctx.ProfileAtProgression(line) is not { } then)
        {
            return null;
        }

        if (then.Normalized == clinical.Profile.Interpretation.Normalized
            || !then.Implications.Any(i => i.Drug == drug.Value && i.Direction == EffectDirection.Resistance))
        {
            return null;
        }

        return $"explained then by {then.Normalized}, which is no longer the whole profile; the present profile {clinical.Profile.Interpretation.Normalized} has clinical evidence of renewed sensitivity (level {EvidenceLevels.Code(sensitivity.Level)}) [{string.Join(", ", sensitivity.Citations)}]";
    }

    private static void AgeAndDose(RecommendationContext ctx, Sheet s, DrugName drug)
    {
        if (!ctx.Kb.Drugs.TryGetValue(drug.Value, out var d))
        {
            return;
        }

        var refs = (DrugFact f) =>
        {
            s.Cite(ctx.Kb.References(f.Citations));
            return string.Join(", ", ctx.Kb.References(f.Citations));
        };
        var current = CurrentDose(ctx, drug) is { } now ? $"; {now}" : string.Empty;
        var minimum = ctx.Kb.Approvals.Where(x => x.Drug == drug.Value && x.Status == "approved" && x.MinAgeYears is not null && (x.TumorTypes.Contains(ctx.TumorType) || x.TumorTypes.Contains("any")))
            .Select(x => x.MinAgeYears!.Value).DefaultIfEmpty().Min();
        if (ctx.Age is { } young && minimum > 0 && young.MaxYears < minimum)
        {
            // No dose is shown for an age the label excludes (issue 12, item 4).
            s.Add(FactorKind.AgeAndDose, "age and dose", P.NoSourcedPediatricDose, $"age {young}: no dose shown — the label's {ctx.TumorType} indication starts at age {minimum}");
            s.Warn(WarningKind.NoPediatricDose, $"age {young} is below the label's age limit ({minimum} year{(minimum == 1 ? string.Empty : "s")}) for {drug}: no dose is established");
            return;
        }

        switch (ctx.Age)
        {
            case { MaxYears: < 18 } child when d.PediatricDose is { } p:
                var bsa = BodySurfaceDose(ctx, p.Value) is { } b ? $"; {b}" : string.Empty;
                s.Add(FactorKind.AgeAndDose, "age and dose", 0, $"age {child}: pediatric dose {p.Value} [{refs(p)}]{bsa}{current}");
                break;
            case { MaxYears: < 18 } child:
                s.Add(FactorKind.AgeAndDose, "age and dose", P.NoSourcedPediatricDose, $"age {child}: no sourced pediatric dose for {drug} in the knowledge base{current}");
                s.Warn(WarningKind.NoPediatricDose, $"no sourced pediatric dose for {drug}");
                break;
            case { MinYears: < 18 } maybe:
                var pediatric = d.PediatricDose is { } pd ? $"pediatric dose {pd.Value} [{refs(pd)}]" : "no sourced pediatric dose";
                var adult = d.AdultDose is { } ad ? $"adult dose {ad.Value} [{refs(ad)}]" : "no sourced adult dose";
                s.Add(FactorKind.AgeAndDose, "age and dose", d.PediatricDose is null ? P.NoSourcedPediatricDose : 0, $"age {maybe}: may be under 18 — {pediatric}; {adult}{current}");
                s.Warn(WarningKind.NoPediatricDose, $"age {maybe} may be under 18: confirm the birth date before dosing {drug}");
                break;
            default:
                if (d.AdultDose is { } a)
                {
                    var steps = d.DoseReductions.Length == 0 ? string.Empty : $"; label reductions: {string.Join("; ", d.DoseReductions.Select(r => r.Value))}";
                    s.Add(FactorKind.AgeAndDose, "age and dose", 0, $"{(ctx.Age is { } age ? $"age {age}" : "age not stated")}: label adult dose {a.Value} [{refs(a)}]{(current.Length > 0 ? steps : string.Empty)}{current}");
                }

                break;
        }
    }

    private static void Approval(RecommendationContext ctx, Sheet s, DrugName drug)
    {
        var forTumor = ctx.Kb.Approvals.Where(a => a.Drug == drug.Value && (a.TumorTypes.Contains(ctx.TumorType) || a.TumorTypes.Contains("any"))).ToList();
        if (ctx.Request.Jurisdiction is not { } j)
        {
            if (forTumor.Count > 0)
            {
                s.Add(FactorKind.Approval, "approvals (no jurisdiction given: none applied)", 0,
                    string.Join("; ", forTumor.Select(a => $"{a.Jurisdiction} {a.Status} ({a.Agency}{(a.Date is null ? string.Empty : $", {a.Date}")}, ages {Years(a.MinAgeYears)}–{Years(a.MaxAgeYears)})")));
            }

            return;
        }

        var approval = forTumor.FirstOrDefault(a => a.Jurisdiction == j && ctx.DecidedBy(a) && ctx.AgeWithin(a.MinAgeYears, a.MaxAgeYears) && ctx.MeetsCondition(a));
        if (approval is { Status: "approved" or "reimbursed" })
        {
            s.Cite(ctx.Kb.References(approval.Citations));
            s.Add(FactorKind.Approval, "approval", P.ApprovedWhereTreated, $"{approval.Status} in {j} ({approval.Agency}{(approval.Date is null ? string.Empty : $", {approval.Date}")}): {approval.Indication} [{string.Join(", ", ctx.Kb.References(approval.Citations))}]");
        }
        else if (approval is { Status: "unverified" })
        {
            s.Add(FactorKind.Approval, "approval", 0, $"reported but unverified in {j}: {approval.Note}");
            s.Warn(WarningKind.ApprovalUnverified, $"approval of {drug} in {j} is unverified");
        }
        else
        {
            var other = forTumor.FirstOrDefault(a => a.Jurisdiction == j && ctx.DecidedBy(a));
            s.Add(FactorKind.Approval, "approval", 0, other is null
                ? $"no {ctx.TumorType} approval in {j} on {ctx.DecisionText}: off-label"
                : !ctx.MeetsCondition(other)
                    ? $"the {j} approval covers recurrent or refractory disease only ({other.Indication}); this disease has not recurred or failed a treatment: off-label"
                    : $"{j} approval covers ages {Years(other.MinAgeYears)}–{Years(other.MaxAgeYears)}, not age {ctx.Age}: off-label");
            s.Warn(WarningKind.OffLabel, $"off-label in {j}: access through a trial or access programme (see the trial option)");
        }
    }

    /// <summary>
    /// A drug no agency in the knowledge base had approved, for any indication, by the decision
    /// date is offered only as investigational (issue 10, item 6).
    /// </summary>
    private static bool Availability(RecommendationContext ctx, Sheet s, DrugName drug)
    {
        var first = ctx.Kb.Approvals.Where(a => a.Drug == drug.Value && a.Status == "approved" && a.Decision is not null)
            .OrderBy(a => a.Decision!.Value.Latest).FirstOrDefault();
        if (first is not null && (ctx.DecisionDate is not { } day || first.Decision!.Value.Latest <= day.Earliest))
        {
            // Approved by the decision date; an undated decision cannot be placed before a first approval.
            return false;
        }

        var on = ctx.DecisionDate is { } d ? $"on {d}" : "in the knowledge base";
        var when = first is null ? "no approval of it anywhere is in the knowledge base" : $"first approval {first.Decision} ({first.Jurisdiction}, {first.Agency})";
        s.Add(FactorKind.Availability, "not approved on the decision date", P.NotYetApproved, $"not approved anywhere {on}: {when}; investigational only (trial or expanded access)");
        s.Warn(WarningKind.NotYetApproved, $"{drug} was not approved anywhere {on}: investigational only");
        s.Cite(ctx.Kb.References(first?.Citations ?? []));
        s.Cite(ctx.Kb.References(ctx.Kb.Trials.Where(t => t.Drugs.Contains(drug.Value)).SelectMany(t => t.Citations)));
        return true;
    }

    /// <summary>The factors, warnings and citations of one option as they are collected.</summary>
    private sealed class Sheet(RecommendationContext ctx, DrugName drug)
    {
        public List<Factor> Factors { get; } = [];

        public List<OptionWarning> Warnings { get; } = [];

        public List<string> Citations { get; } = [];

        public bool Barred { get; set; }

        public RecommendationContext Context => ctx;

        public DrugName Drug => drug;

        public void Add(FactorKind kind, string name, int points, string detail) => Factors.Add(new Factor(kind, name, points, detail));

        public void Warn(WarningKind kind, string text) => Warnings.Add(new OptionWarning(kind, text));

        public void Cite(IEnumerable<string> references) => Citations.AddRange(references);
    }
}