using System.Collections.Immutable;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Recommendation;

/// <summary>Collects the options and tests the rules propose for one decision.</summary>
internal sealed class Plan(RecommendationContext ctx)
{
    public List<TreatmentOption> Options { get; } = [];

    public List<TestToOrder> Tests { get; } = [];

    public List<RuleInfo> Rules { get; } = [];

    private ImmutableArray<string> Refs(RuleInfo rule) => ctx.Kb.References(rule.Citations);

    private void Use(RuleInfo rule)
    {
        if (!Rules.Contains(rule))
        {
            Rules.Add(rule);
        }
    }

    public void Apply(DecisionPoint point)
    {
        switch (point)
        {
            case DecisionPoint.AlkStatusUnknown:
                Test(RecommendationRules.TestAlkStatus, "ALK immunohistochemistry (clone 5A4 or D5F3), confirmed by ALK break-apart FISH or RNA-based NGS", "no ALK result is recorded; about half of IMTs carry ALK rearrangements", 100);
                break;
            case DecisionPoint.AlkNegative:
                Test(RecommendationRules.AlkNegativeOtherDrivers, "DNA + RNA sequencing panel for ROS1, NTRK1, NTRK2, NTRK3, RET and PDGFRB fusions", "ALK negative: other kinase fusions drive part of ALK-negative IMT", 100);
                Trial("no ALK-directed therapy is supported without an ALK rearrangement");
                Chemotherapy();
                break;
            case DecisionPoint.LocalizedResectable:
                Add(RecommendationRules.LocalizedResection, OptionKind.Surgery, "complete surgical resection (R0 intent); no routine systemic therapy", 100, "standard of care for localized IMT");
                break;
            case DecisionPoint.AdvancedNoAlkInhibitor:
                Drugs(RecommendationRules.AlkInhibitorForAdvancedDisease);
                break;
            case DecisionPoint.RespondingOnTherapy:
                Drugs(RecommendationRules.ContinueAndResectResidual, onlyCurrent: true);
                Add(RecommendationRules.ContinueAndResectResidual, OptionKind.Surgery, $"evaluate resection of residual disease while continuing {ctx.LastLine!.DrugsText}", 50,
                    "resectability is a clinical judgement the record cannot make: discuss with the surgeon");
                break;
            case DecisionPoint.Oligoprogression:
                Add(RecommendationRules.LocalTherapyForOligoprogression, OptionKind.LocalTherapy,
                    $"local ablative therapy (surgery, SBRT or cryoablation) of the progressing site(s) and continue {ctx.LastLine!.DrugsText}", 90,
                    "seed 004: seven years on crizotinib this way; seed 000: resection and restart gave a long complete response");
                Rebiopsy(score: 60, what: "DNA + RNA sequencing of the resected or biopsied progressing lesion");
                Drugs(RecommendationRules.NextInhibitorByResistanceProfile, exceptCurrent: true);
                WarnIfCurrentDrugResisted();
                break;
            case DecisionPoint.SystemicProgression:
                Rebiopsy();
                Drugs(RecommendationRules.NextInhibitorByResistanceProfile, exceptCurrent: false);
                break;
            case DecisionPoint.Intolerance:
                Drugs(RecommendationRules.IntoleranceIsNotResistance);
                break;
            default:
                Drugs(RecommendationRules.NextInhibitorByResistanceProfile);
                break;
        }

        if (Options.Any(o => o.Kind == OptionKind.Drug && o.Barred))
        {
            Use(RecommendationRules.NoRechallengeAfterLifeThreateningReaction);
        }

        var supported = Options.Where(o => o.Kind == OptionKind.Drug && !o.Barred && !o.ResistanceToCurrentMutation && o.Factors.All(f => f.Name != "prior exposure" || f.Effect >= 0) && o.Level is not null).ToList();
        var progressedInhibitors = ctx.Exposures.Where(e => e.ProgressedOnIt && ctx.IsAlkInhibitor(e.Drug)).Select(e => e.Drug).Distinct().Count();
        if (point is DecisionPoint.SystemicProgression or DecisionPoint.Oligoprogression or DecisionPoint.OffTherapy or DecisionPoint.Intolerance
            && (supported.Count == 0 || progressedInhibitors >= 2))
        {
            Trial(supported.Count == 0
                ? "no ALK inhibitor left without progression, resistance evidence or a barring reaction"
                : $"progression on {progressedInhibitors} ALK inhibitors: the remaining ones have weaker expectations");
            Chemotherapy();
        }
        else if (ctx.Request.Jurisdiction is not null && Options.Any(o => o.Kind == OptionKind.Drug && o.Warnings.Any(w => w.StartsWith("off-label", StringComparison.Ordinal))))
        {
            Trial("some options are off-label where the patient is treated");
        }
    }

    private void Add(RuleInfo rule, OptionKind kind, string title, int score, string detail, params string[] warnings)
    {
        Use(rule);
        Options.Add(new TreatmentOption(0, kind, title, [], null, score, [new Factor(rule.Id, score, detail)], Refs(rule), [.. warnings], rule.Id, false, false));
    }

    private void Test(RuleInfo rule, string test, string reason, int score)
    {
        Use(rule);
        Tests.Add(new TestToOrder(test, reason, rule.Id, Refs(rule)));
        Options.Add(new TreatmentOption(0, OptionKind.Test, test, [], null, score, [new Factor(rule.Id, score, reason)], Refs(rule), [], rule.Id, false, false));
    }

    private void WarnIfCurrentDrugResisted()
    {
        var local = Options.FindIndex(o => o.Kind == OptionKind.LocalTherapy);
        foreach (var drug in ctx.LastLine!.Agents.Select(a => a.Drug).Where(ctx.IsAlkInhibitor))
        {
            var scored = DrugScorer.Score(ctx, drug, RecommendationRules.LocalTherapyForOligoprogression.Id);
            if (local >= 0 && scored.ResistanceToCurrentMutation)
            {
                var detail = scored.Factors.First(f => f.Name == "resistance for current mutation").Detail;
                Options[local] = Options[local] with { Warnings = Options[local].Warnings.Add($"resistance evidence against continuing {drug}: {detail}") };
            }
        }
    }

    private void Rebiopsy(int score = 95, string what = "re-biopsy (tissue, or plasma if tissue is not accessible) with DNA + RNA sequencing")
    {
        var lineStart = ctx.LastLine?.Start;
        var sequencedSince = ctx.Case.MolecularTests.Any(t => (t.Line is { } n && n == ctx.LastLine?.Number) || (t.Date is { } d && lineStart is { } s && d.IsCertainlyAfter(s)));
        if (sequencedSince)
        {
            Use(RecommendationRules.RebiopsyAtProgression);
            return;
        }

        Test(RecommendationRules.RebiopsyAtProgression, what, "look for ALK kinase-domain mutations and bypass alterations before choosing the next inhibitor", score);
    }

    private void Drugs(RuleInfo rule, bool onlyCurrent = false, bool exceptCurrent = false)
    {
        Use(rule);
        var current = ctx.LastLine is { ReasonStopped: StopReason.Ongoing } l ? l.Agents.Select(a => a.Drug).ToHashSet(StringComparer.Ordinal) : [];
        foreach (var drug in ctx.AlkInhibitors)
        {
            if ((onlyCurrent && !current.Contains(drug)) || (exceptCurrent && current.Contains(drug)))
            {
                continue;
            }

            Options.Add(DrugScorer.Score(ctx, drug, rule.Id));
        }
    }

    private void Trial(string reason)
    {
        var rule = RecommendationRules.TrialsAndAccess;
        var under25 = ctx.AgeYears is < 25 ? "; NCT04925609 (brigatinib, under 25 years)" : string.Empty;
        Add(rule, OptionKind.Trial, $"clinical trial or access programme: molecularly guided studies (KOSMOS-II in Korea, TAPUR, DRUP){under25}, or expanded access", 20, reason);
    }

    private void Chemotherapy() =>
        Add(RecommendationRules.ChemotherapyLast, OptionKind.Chemotherapy, "chemotherapy: doxorubicin-based, or ifosfamide, carboplatin and etoposide (as in seeds 004 and 003)", 10,
            "case-report use only; seed 003 reached stable disease on ifosfamide, carboplatin and etoposide");
}
