using System.Globalization;
using Alkboard.Core.Cases;
using Alkboard.Core.Evidence;
using Alkboard.Core.Genomics;
using Alkboard.Core.Knowledge;
using P = Alkboard.Core.Recommendation.ScoringPolicy;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// Scores an ALK inhibitor for this patient as a sum of named factors whose weights are
/// <see cref="ScoringPolicy"/> (docs/recommend.md): evidence level for the driver in the setting
/// the evidence was observed in, IMT-specific or extrapolated, resistance or sensitivity for the
/// current ALK mutation profile (compound profiles as wholes), prior exposure and how each ended,
/// a life-threatening reaction (bars re-challenge), prior serious toxicity, CNS disease, generation
/// after progression without a mutation, age and dose, approval where the patient is treated, and
/// whether the drug existed on the decision date.
/// </summary>
public static partial class DrugScorer
{
    /// <summary>Builds the drug option (rank 0; ranking happens later).</summary>
    public static TreatmentOption Score(RecommendationContext ctx, DrugName drug, string rule)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var s = new Sheet(ctx, drug);
        var driver = ctx.AlkDriver?.Implications.Where(i => i.Drug == drug.Value).ToList() ?? [];
        var mutationEvidence = ctx.CurrentProfiles
            .SelectMany(p => WholeBeforeParts(p.Interpretation, drug).Select(i => (Profile: p, Implication: i))).ToList();
        // Sensitivity counts for a profile as a whole only: a part of a compound profile (L1196M in
        // G1202R + L1196M) says nothing about the compound's sensitivity; resistance of a part does count.
        var presentSensitivity = mutationEvidence.Where(x => x.Profile.State.State == AlterationState.Present && x.Implication.Direction == EffectDirection.Sensitivity
            && x.Implication.Match.Kind != MatchKind.Part).ToList();

        var candidates = driver.Where(i => i.Direction == EffectDirection.Sensitivity)
            .Concat(presentSensitivity.Select(x => x.Implication)).ToList();
        var notYet = candidates.Where(i => ApprovedOnlyLater(ctx, i)).ToList();
        var best = candidates.Except(notYet)
            .Select(i => (Implication: i, InSetting: ctx.InSetting(i)))
            .OrderByDescending(x => EvidenceLevels.Strength(x.InSetting ? x.Implication.Level : Cap(x.Implication.Level)))
            .ThenByDescending(x => x.InSetting)
            .ThenByDescending(x => x.Implication.SameTumorType)
            .FirstOrDefault();
        if (best.Implication is { } b)
        {
            var level = best.InSetting ? b.Level : Cap(b.Level);
            var setting = best.InSetting ? string.Empty : $"; observed {TherapySettings.Describe(b.Setting)}, extrapolated to this setting";
            s.Add(FactorKind.EvidenceLevel, "evidence level", LevelPoints(level),
                $"level {EvidenceLevels.Code(level)} ({EvidenceLevels.Meaning(level)}): {FirstSentence(b.Summary)}{setting} [{string.Join(", ", b.Citations)}]");
            s.Add(FactorKind.TumorTypeMatch, b.SameTumorType ? "IMT-specific evidence" : "extrapolated evidence only", b.SameTumorType ? P.SameTumorType : P.ExtrapolatedOnly,
                b.SameTumorType ? $"evidence from {b.SourceTumorType}" : $"best evidence comes from {b.SourceTumorType}, not {ctx.TumorType}");
            s.Cite(b.Citations);
            if (!best.InSetting)
            {
                s.Add(FactorKind.SettingMatch, "evidence from another setting", P.OtherSetting, $"observed {TherapySettings.Describe(b.Setting)}; the patient is not in that setting");
            }

            if (b.Match.Kind == MatchKind.Partner && best.InSetting)
            {
                s.Add(FactorKind.PartnerEvidence, "partner-specific evidence", P.PartnerSpecific, $"evidence for {ctx.AlkDriver!.Normalized} itself, not only for ALK fusions in general");
            }
        }
        else
        {
            s.Add(FactorKind.EvidenceLevel, "evidence level", 0, "no sensitivity evidence for this patient's alterations in the knowledge base");
        }

        if (notYet.Count > 0)
        {
            s.Add(FactorKind.EvidenceLevel, "evidence after the decision", 0,
                $"level 1 evidence ({string.Join("; ", notYet.Select(i => FirstSentence(i.Summary)).Distinct(StringComparer.Ordinal))}) rests on an approval decided after {ctx.DecisionText}: not counted");
        }

        CompoundCaution(ctx, s, drug, mutationEvidence);
        var resistant = MutationResistance(ctx, s, mutationEvidence, presentSensitivity.Count > 0);
        PartnerResistance(ctx, s, driver);
        MutationSensitivity(s, presentSensitivity);
        Exposure(ctx, s, drug, presentSensitivity);
        Generation(ctx, s, drug, presentSensitivity.Any(x => x.Implication.Level != EvidenceLevel.Level4 && x.Implication.Match.IsWhole));
        AgeAndDose(ctx, s, drug);
        var investigational = Availability(ctx, s, drug);
        Cns(ctx, s, drug, investigational);
        if (!investigational)
        {
            Approval(ctx, s, drug);
        }

        PatientWarnings(ctx, s, drug);

        return new TreatmentOption(0, investigational ? OptionKind.Trial : OptionKind.Drug, Title(ctx, drug, investigational), [drug.Value], best.Implication is { } lv ? (best.InSetting ? lv.Level : Cap(lv.Level)) : null,
            s.Factors.Sum(f => f.Effect), [.. s.Factors], [.. s.Citations.Distinct(StringComparer.Ordinal)], [.. s.Warnings], rule, resistant, s.Barred);
    }

    /// <summary>
    /// A level-1 statement rests on an approval in its tumor type; before that approval was decided
    /// it was not level-1 evidence (an as-of decision in 2007 cannot count the 2022 IMT approval).
    /// </summary>
    private static bool ApprovedOnlyLater(RecommendationContext ctx, Implication i)
    {
        if (i.LevelInSourceTumorType != EvidenceLevel.Level1 || ctx.DecisionDate is not { } day)
        {
            return false;
        }

        return !ctx.Kb.Approvals.Any(a => a.Drug == i.Drug && a.Status is "approved" or "reimbursed" && a.Decision is { } d && d.Latest <= day.Earliest
            && a.TumorTypes.Any(t => t == "any" || string.Equals(ctx.Kb.FindTumorType(t)?.Code ?? t, i.SourceTumorType, StringComparison.OrdinalIgnoreCase)));
    }

    private static string Title(RecommendationContext ctx, DrugName drug, bool investigational)
    {
        if (investigational)
        {
            return $"clinical trial of {drug} (investigational{(ctx.DecisionDate is { } d ? $" on {d}" : string.Empty)})";
        }

        return ctx.Exposures.Any(e => e.Drug == drug && e.Ongoing) ? $"continue {drug}" : drug.Value;
    }

    /// <summary>Evidence matched to a compound profile as a whole hides the part-level evidence for the same drug.</summary>
    /// <summary>The source of the compound-mutation caution (knowledge/citations.yaml).</summary>
    private const string CompoundMutationCitation = "yoda2018";

    /// <summary>
    /// A present compound ALK profile with no evidence for this inhibitor against the compound as a
    /// whole (only for its parts, or none): a warning, not points. Compound mutations selected by
    /// sequential inhibitors can confer high-level resistance to ALK inhibitors, lorlatinib included
    /// (Yoda 2018: 7 of 20 lorlatinib-resistant biopsies); the parts' evidence cannot tell.
    /// </summary>
    private static void CompoundCaution(RecommendationContext ctx, Sheet s, DrugName drug, List<(CurrentProfile Profile, Implication Implication)> evidence)
    {
        // The caution rests on its source: a knowledge base that does not define it gives none.
        if (!ctx.IsAlkInhibitor(drug) || !ctx.Kb.Citations.ContainsKey(CompoundMutationCitation))
        {
            return;
        }

        foreach (var profile in ctx.CurrentProfiles.Where(p => p.State.State == AlterationState.Present && p.Interpretation.Kind == AlterationKind.Compound))
        {
            if (!evidence.Any(x => x.Profile == profile && x.Implication.Match.IsWhole))
            {
                s.Warn(WarningKind.CompoundProfileUnstudied,
                    $"no evidence for {drug} against {profile.Interpretation.Normalized} as a whole (only for its parts, or none): compound ALK mutations selected by sequential ALK inhibitors can confer high-level resistance to ALK inhibitors, lorlatinib included (7 of 20 lorlatinib-resistant biopsies carried one) [{string.Join(", ", ctx.Kb.References([CompoundMutationCitation]))}]");
                s.Cite(ctx.Kb.References([CompoundMutationCitation]));
            }
        }
    }

    private static List<Implication> WholeBeforeParts(Interpretation mutation, DrugName drug)
    {
        var forDrug = mutation.Implications.Where(i => i.Drug == drug.Value).ToList();
        var whole = forDrug.Where(i => i.Match.IsWhole).ToList();
        return whole.Count > 0 ? whole : forDrug;
    }

    /// <summary>Evidence applied outside the setting it was observed in counts at most as 3B (CLINICAL-LOGIC §7: anywhere else it is an extrapolation).</summary>
    private static EvidenceLevel Cap(EvidenceLevel level) =>
        level is EvidenceLevel.Level1 or EvidenceLevel.Level2 or EvidenceLevel.Level3A ? EvidenceLevel.Level3B : level;

    private static int LevelPoints(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Level1 => P.Level1,
        EvidenceLevel.Level2 => P.Level2,
        EvidenceLevel.Level3A => P.Level3A,
        EvidenceLevel.Level3B => P.Level3B,
        EvidenceLevel.Level4 => P.Level4,
        EvidenceLevel.LevelR1 or EvidenceLevel.LevelR2 => throw new ArgumentOutOfRangeException(nameof(level), level, "a resistance level has no sensitivity points"),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown evidence level"),
    };

    private static string FirstSentence(string summary) => summary.Split(". ")[0].TrimEnd('.');

    private static string Where(Implication i) => i.SameTumorType ? i.SourceTumorType : $"extrapolated from {i.SourceTumorType}";

    /// <summary>
    /// Clinical (R1/R2) resistance for a current or possibly present profile sets the option apart
    /// (ranked below every option without it). Preclinical resistance (level 4) weighs little, never
    /// bars, and is not counted when the present profile has clinical sensitivity for the drug.
    /// </summary>
    private static bool MutationResistance(RecommendationContext ctx, Sheet s, List<(CurrentProfile Profile, Implication Implication)> evidence, bool clinicalSensitivity)
    {
        var resistance = evidence.Where(x => x.Implication.Direction == EffectDirection.Resistance)
            .OrderByDescending(x => EvidenceLevels.Strength(x.Implication.Level)).ThenByDescending(x => x.Implication.SameTumorType).FirstOrDefault();
        if (resistance.Implication is not { } r)
        {
            return false;
        }

        var possibly = resistance.Profile.State.State == AlterationState.PossiblyPresent ? $" (possibly present: {resistance.Profile.State.Reason})" : string.Empty;
        if (r.Level is EvidenceLevel.LevelR1 or EvidenceLevel.LevelR2)
        {
            s.Add(FactorKind.MutationResistance, "resistance for current mutation", r.Level == EvidenceLevel.LevelR1 ? P.ResistanceR1 : P.ResistanceR2,
                $"{resistance.Profile.Interpretation.Normalized} ({r.Match.ToString().Replace('_', ' ')}): level {EvidenceLevels.Code(r.Level)} resistance, {Where(r)}{possibly} [{string.Join(", ", r.Citations)}]");
            s.Cite(r.Citations);
            if (possibly.Length > 0)
            {
                s.Warn(WarningKind.PossiblyPresentProfile, $"resistance evidence rests on {resistance.Profile.Interpretation.Normalized}, which may no longer be present: re-biopsy");
            }

            return true;
        }

        if (!clinicalSensitivity)
        {
            s.Add(FactorKind.MutationResistance, "preclinical resistance for current mutation", P.ResistancePreclinical,
                $"{resistance.Profile.Interpretation.Normalized}: preclinical resistance only ({r.SourceGrade}), {Where(r)}; it weighs less than clinical evidence and never bars a drug{possibly} [{string.Join(", ", r.Citations)}]");
            s.Cite(r.Citations);
        }

        s.Warn(WarningKind.PreclinicalResistance, $"preclinical resistance evidence for {resistance.Profile.Interpretation.Normalized} ({r.SourceGrade})");
        return false;
    }

    private static void PartnerResistance(RecommendationContext ctx, Sheet s, List<Implication> driver)
    {
        var partner = driver.Where(i => i.Direction == EffectDirection.Resistance && i.Match.Kind == MatchKind.Partner)
            .OrderByDescending(i => EvidenceLevels.Strength(i.Level)).ThenByDescending(i => i.SameTumorType).FirstOrDefault();
        if (partner is null)
        {
            return;
        }

        // Clinical resistance in the patient's tumor type weighs most; extrapolated or preclinical partner data little.
        var points = (partner.Level, partner.SameTumorType) switch
        {
            (EvidenceLevel.LevelR1 or EvidenceLevel.LevelR2, true) => P.PartnerResistanceClinical,
            (EvidenceLevel.LevelR1 or EvidenceLevel.LevelR2, false) => P.PartnerResistanceExtrapolated,
            _ => P.PartnerResistancePreclinical,
        };
        s.Add(FactorKind.PartnerResistance, "resistance for the fusion partner", points,
            $"{ctx.AlkDriver!.Normalized}: level {EvidenceLevels.Code(partner.Level)}, {Where(partner)} ({FirstSentence(partner.Summary)}) [{string.Join(", ", partner.Citations)}]");
        s.Cite(partner.Citations);
    }

    private static void MutationSensitivity(Sheet s, List<(CurrentProfile Profile, Implication Implication)> presentSensitivity)
    {
        var best = presentSensitivity
            .OrderByDescending(x => EvidenceLevels.Strength(x.Implication.Level)).ThenByDescending(x => x.Implication.SameTumorType).FirstOrDefault();
        if (best.Implication is { } i)
        {
            s.Add(FactorKind.MutationSensitivity, "sensitivity for current mutation", i.Level is EvidenceLevel.Level4 ? P.MutationSensitivityPreclinical : P.MutationSensitivityClinical,
                $"{best.Profile.Interpretation.Normalized}: level {EvidenceLevels.Code(i.Level)}, {Where(i)} [{string.Join(", ", i.Citations)}]");
            s.Cite(i.Citations);
        }
    }

    /// <summary>
    /// CNS activity for a patient with CNS disease. The knowledge base's CNS evidence is not dated
    /// against each decision; for a drug still investigational on the decision date it comes from
    /// trials run later (AF-002JG 2014, ALTA-1L 2018, CROWN, eXalt3), so it is shown and not counted.
    /// </summary>
    private static void Cns(RecommendationContext ctx, Sheet s, DrugName drug, bool investigational)
    {
        if (!ctx.CnsDisease || !ctx.Kb.Drugs.TryGetValue(drug.Value, out var d))
        {
            return;
        }

        // The disease progressed on this drug (and nothing restores sensitivity): its CNS activity
        // in other patients no longer speaks for it in this one.
        if (d.CnsActivity is { Value: "higher" } && s.Factors.Any(f => f.Kind == FactorKind.PriorExposure && f.Effect == P.ProgressedOnIt))
        {
            s.Add(FactorKind.CnsDisease, "CNS disease", 0, $"{ctx.CnsReason}; the disease progressed on {drug}: its CNS activity is not counted");
            return;
        }

        if (investigational && d.CnsActivity is not null)
        {
            s.Add(FactorKind.CnsDisease, "CNS disease", 0, $"{ctx.CnsReason}; {drug} was investigational on the decision date: its CNS evidence in the knowledge base ({d.CnsActivity.Value}) is not counted because it is not dated before this decision");
            return;
        }

        var refs = d.CnsActivity is { } c ? string.Join(", ", ctx.Kb.References(c.Citations)) : string.Empty;
        if (d.CnsActivity is { } cited)
        {
            s.Cite(ctx.Kb.References(cited.Citations));
        }
        switch (d.CnsActivity?.Value)
        {
            case "higher":
                s.Add(FactorKind.CnsDisease, "CNS disease", P.CnsActivityHigher, $"{ctx.CnsReason}; {drug} has better CNS activity{(d.CnsActivity.Note is { } n ? $" ({n})" : string.Empty)} [{refs}]");
                break;
            case "lower":
                s.Add(FactorKind.CnsDisease, "CNS disease", P.CnsActivityLower, $"{ctx.CnsReason}; {drug} is less active in the CNS [{refs}]");
                break;
            default:
                s.Add(FactorKind.CnsDisease, "CNS disease", 0, $"{ctx.CnsReason}; CNS activity of {drug} not sourced in the knowledge base");
                break;
        }
    }

    private static void Generation(RecommendationContext ctx, Sheet s, DrugName drug, bool clinicalSensitivity)
    {
        var progressed = ctx.Exposures.Where(e => e.ProgressedOnIt && ctx.IsAlkInhibitor(e.Drug)).ToList();
        if (progressed.Count == 0 || ctx.Generation(drug) is not { } generation)
        {
            return;
        }

        var highest = progressed.Max(e => ctx.Generation(e.Drug) ?? 0);
        if (generation < highest && !clinicalSensitivity)
        {
            s.Add(FactorKind.Generation, "earlier generation after progression", P.EarlierGenerationAfterProgression,
                $"progressed on generation {highest}; {drug} is generation {generation}, and the present mutation profile has no clinical evidence of renewed sensitivity to it");
            return;
        }

        if (ctx.CurrentProfiles.Length > 0)
        {
            return;
        }

        if (generation == highest + 1)
        {
            s.Add(FactorKind.Generation, "next generation after progression", P.NextGeneration, $"progressed on generation {highest} without an ALK mutation found; {drug} is the next generation ({generation})");
        }
        else if (generation > highest)
        {
            s.Add(FactorKind.Generation, "next generation after progression", P.LaterGeneration, $"progressed on generation {highest} without an ALK mutation found; {drug} is generation {generation}");
        }
        else
        {
            s.Add(FactorKind.Generation, "next generation after progression", P.SameOrEarlierGeneration, $"progressed on generation {highest}; {drug} is generation {generation}");
        }
    }

    private static string Years(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "any";
}