using System.Collections.Immutable;
using Alkboard.Core.Cases;
using P = Alkboard.Core.Recommendation.ScoringPolicy;

namespace Alkboard.Core.Recommendation;

/// <summary>Collects the options and tests the rules propose for one decision.</summary>
internal sealed partial class Plan(RecommendationContext ctx)
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
            case DecisionPoint.Deceased:
                Use(RecommendationRules.NoTreatmentAfterDeath);
                return;
            case DecisionPoint.AlkStatusUnknown:
                Test(RecommendationRules.TestAlkStatus, "ALK immunohistochemistry (clone 5A4 or D5F3), confirmed by ALK break-apart FISH or RNA-based NGS", "no ALK result is recorded; about half of IMTs carry ALK rearrangements", P.TestAlkStatus);
                break;
            case DecisionPoint.AlkStatusUnconfirmed:
                Test(RecommendationRules.ConfirmAlkStatus, ctx.AlkStatus.ConfirmingTest ?? AlkStatus.RnaNgs, "the record cannot establish ALK positivity; ALK-directed therapy waits for the confirmation", P.TestAlkStatus);
                Test(RecommendationRules.AlkNegativeOtherDrivers, "DNA + RNA sequencing panel for ROS1, NTRK1, NTRK2, NTRK3, RET and PDGFRB fusions", "if ALK is not confirmed, other kinase fusions drive part of ALK-negative IMT", P.TestOtherDrivers - 10);
                break;
            case DecisionPoint.AlkNegative:
                if (!OtherDrivers())
                {
                    Test(RecommendationRules.AlkNegativeOtherDrivers, "DNA + RNA sequencing panel for ROS1, NTRK1, NTRK2, NTRK3, RET and PDGFRB fusions", "ALK negative: other kinase fusions drive part of ALK-negative IMT", P.TestOtherDrivers);
                    Trial("no ALK-directed therapy is supported without an ALK rearrangement");
                }

                Chemotherapy();
                break;
            case DecisionPoint.NoEvidenceOfDisease:
                Add(RecommendationRules.LocalizedResection, OptionKind.Supportive, "imaging surveillance; no routine adjuvant systemic therapy after a complete resection", P.ResectLocalized,
                    "no evidence of disease after an R0 resection: surveillance, and treat a recurrence when it is found");
                break;
            case DecisionPoint.LocalizedResectable:
                Add(RecommendationRules.LocalizedResection, OptionKind.Surgery, "complete surgical resection (R0 intent); no routine systemic therapy", P.ResectLocalized, "standard of care for localized IMT");
                break;
            case DecisionPoint.AdvancedNoAlkInhibitor:
                Drugs(RecommendationRules.AlkInhibitorForAdvancedDisease);
                break;
            case DecisionPoint.RespondingOnTherapy:
                Drugs(RecommendationRules.ContinueAndResectResidual, onlyCurrent: true);
                Add(RecommendationRules.ContinueAndResectResidual, OptionKind.Surgery, $"evaluate resection of residual disease while continuing {ctx.LastLine!.DrugsText}", P.ResectResidual,
                    "resectability is a clinical judgement the record cannot make: discuss with the surgeon");
                break;
            case DecisionPoint.Oligoprogression:
                Add(RecommendationRules.LocalTherapyForOligoprogression, OptionKind.LocalTherapy,
                    $"local ablative therapy (surgery, SBRT or cryoablation) of the progressing site(s) and continue {ctx.LastLine!.DrugsText}", P.LocalTherapyOligoprogression,
                    "seed 004: seven years on crizotinib this way; seed 000: resection and restart gave a long complete response");
                Rebiopsy(score: P.RebiopsyAtOligoprogression, what: "DNA + RNA sequencing of the resected or biopsied progressing lesion");
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
            case DecisionPoint.OffTherapy:
                Drugs(RecommendationRules.NextInhibitorByResistanceProfile);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(point), point, "unknown decision point");
        }

        ConfirmStatusWhenInferred(point);
        PossiblyPresentProfiles();
        if (Options.Any(o => o.Kind == OptionKind.Drug && o.Barred))
        {
            Use(RecommendationRules.NoRechallengeAfterLifeThreateningReaction);
        }

        var supported = Options.Where(o => o.Kind == OptionKind.Drug && !o.Barred && !o.ResistanceToCurrentMutation
            && o.Factors.All(f => f.Kind != FactorKind.PriorExposure || f.Effect >= 0) && o.Level is not null).ToList();
        var progressedInhibitors = ctx.Exposures.Where(e => e.ProgressedOnIt && ctx.IsAlkInhibitor(e.Drug)).Select(e => e.Drug).Distinct().Count();
        if (point is DecisionPoint.SystemicProgression or DecisionPoint.Oligoprogression or DecisionPoint.OffTherapy or DecisionPoint.Intolerance
            && (supported.Count == 0 || progressedInhibitors >= 2))
        {
            Trial(supported.Count == 0
                ? "no ALK inhibitor left without progression, resistance evidence or a barring reaction"
                : $"progression on {progressedInhibitors} ALK inhibitors: the remaining ones have weaker expectations");
            Chemotherapy();
        }
        else if (ctx.Request.Jurisdiction is not null && Options.Any(o => o.Kind == OptionKind.Drug && o.Warnings.Any(w => w.Kind == WarningKind.OffLabel)))
        {
            Trial("some options are off-label where the patient is treated");
        }
        else if (Options.Any(o => o.Kind == OptionKind.Trial && o.Drugs.Length > 0))
        {
            Trial("an inhibitor that was not yet approved on the decision date is offered as investigational");
        }
    }

    private void Add(RuleInfo rule, OptionKind kind, string title, int score, string detail)
    {
        Use(rule);
        Options.Add(new TreatmentOption(0, kind, title, [], null, score, [new Factor(FactorKind.Rule, rule.Id, score, detail)], Refs(rule), [], rule.Id, false, false));
    }

    private void Test(RuleInfo rule, string test, string reason, int score)
    {
        Use(rule);
        Tests.Add(new TestToOrder(test, reason, rule.Id, Refs(rule)));
        Options.Add(new TreatmentOption(0, OptionKind.Test, test, [], null, score, [new Factor(FactorKind.Rule, rule.Id, score, reason)], Refs(rule), [], rule.Id, false, false));
    }

    /// <summary>ALK positivity inferred from a response, or discordant results: order the confirming test (CLINICAL-LOGIC §5.1).</summary>
    private void ConfirmStatusWhenInferred(DecisionPoint point)
    {
        if (point is DecisionPoint.AlkStatusUnknown or DecisionPoint.AlkStatusUnconfirmed or DecisionPoint.AlkNegative
            || ctx.AlkStatus.Kind is not (AlkStatusKind.PresumedFromResponse or AlkStatusKind.Discordant))
        {
            return;
        }

        var why = ctx.AlkStatus.Kind == AlkStatusKind.Discordant
            ? "ALK results are discordant: " + string.Join("; ", ctx.AlkStatus.Reasons)
            : "ALK dependence rests on a response to an ALK inhibitor; no test in the record establishes the rearrangement";
        if (Tests.Count > 0 && Tests.Any(t => t.Rule == RecommendationRules.RebiopsyAtProgression.Id))
        {
            Use(RecommendationRules.ConfirmAlkStatus);
            Tests.Add(new TestToOrder($"include {AlkStatus.RnaNgs} in the re-biopsy", why, RecommendationRules.ConfirmAlkStatus.Id, Refs(RecommendationRules.ConfirmAlkStatus)));
            return;
        }

        Test(RecommendationRules.ConfirmAlkStatus, AlkStatus.RnaNgs, why, P.ConfirmAlkStatus);
    }

    /// <summary>A mutation profile that may no longer be present: suggest re-testing it.</summary>
    private void PossiblyPresentProfiles()
    {
        foreach (var p in ctx.CurrentProfiles.Where(p => p.State.State == AlterationState.PossiblyPresent))
        {
            if (Tests.Any(t => t.Rule == RecommendationRules.RebiopsyAtProgression.Id))
            {
                continue;
            }

            Use(RecommendationRules.RebiopsyAtProgression);
            Tests.Add(new TestToOrder($"re-biopsy (tissue) with DNA + RNA sequencing to re-test {p.State.Text}", $"{p.State.Text} may no longer be present: {p.State.Reason}",
                RecommendationRules.RebiopsyAtProgression.Id, Refs(RecommendationRules.RebiopsyAtProgression)));
        }
    }

    private void WarnIfCurrentDrugResisted()
    {
        var local = Options.FindIndex(o => o.Kind == OptionKind.LocalTherapy);
        foreach (var drug in ctx.LastLine!.Agents.Select(a => a.Drug).Where(ctx.IsAlkInhibitor))
        {
            var scored = DrugScorer.Score(ctx, drug, RecommendationRules.LocalTherapyForOligoprogression.Id);
            if (local >= 0 && scored.ResistanceToCurrentMutation)
            {
                var detail = scored.Factors.First(f => f.Kind == FactorKind.MutationResistance).Detail;
                Options[local] = Options[local] with { Warnings = Options[local].Warnings.Add(new OptionWarning(WarningKind.ResistanceAgainstContinuing, $"resistance evidence against continuing {drug}: {detail}")) };
            }
        }
    }

    private void Rebiopsy(int score = P.RebiopsyAtProgression, string what = "re-biopsy (tissue, or plasma if tissue is not accessible) with DNA + RNA sequencing")
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
        var current = ctx.LastLine is { ReasonStopped: StopReason.Ongoing } l ? l.Agents.Select(a => a.Drug).ToHashSet() : [];
        foreach (var drug in ctx.AlkInhibitors)
        {
            if ((onlyCurrent && !current.Contains(drug)) || (exceptCurrent && current.Contains(drug)))
            {
                continue;
            }

            Options.Add(DrugScorer.Score(ctx, drug, rule.Id));
        }
    }

    private void Chemotherapy() =>
        Add(RecommendationRules.ChemotherapyLast, OptionKind.Chemotherapy, "chemotherapy: doxorubicin-based, or ifosfamide, carboplatin and etoposide (as in seeds 004 and 003)", P.Chemotherapy,
            "case-report use only; seed 003 reached stable disease on ifosfamide, carboplatin and etoposide");
}
