using System.Collections.Immutable;
using Alkboard.Core.Genomics;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// Scores an ALK inhibitor for this patient as a sum of named factors (docs/recommend.md):
/// evidence level for the driver, IMT-specific or extrapolated, resistance or sensitivity for the
/// current ALK mutations (compound profiles as wholes), prior exposure and how it ended, a
/// life-threatening reaction (bars re-challenge), prior serious toxicity, CNS disease, generation
/// after progression without a mutation, age and dose, and approval where the patient is treated.
/// </summary>
public static class DrugScorer
{
    /// <summary>Builds the drug option (rank 0; ranking happens later).</summary>
    public static TreatmentOption Score(RecommendationContext ctx, string drug, string rule)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var factors = new List<Factor>();
        var warnings = new List<string>();
        var citations = new List<string>();

        var driver = ctx.AlkDriver?.Implications.Where(i => i.Drug == drug).ToList() ?? [];
        var mutationEvidence = ctx.AlkMutations.SelectMany(m => WholeBeforeParts(m, drug).Select(i => (Mutation: m, Implication: i))).ToList();
        var sensitivity = driver.Where(i => i.Direction == EffectDirection.Sensitivity)
            .Concat(mutationEvidence.Where(x => x.Implication.Direction == EffectDirection.Sensitivity).Select(x => x.Implication))
            .OrderByDescending(i => EvidenceLevels.Strength(i.Level)).ThenByDescending(i => i.SameTumorType).ToList();
        var best = sensitivity.FirstOrDefault();
        if (best is not null)
        {
            factors.Add(new Factor("evidence level", LevelPoints(best.Level), $"level {EvidenceLevels.Code(best.Level)} ({EvidenceLevels.Meaning(best.Level)}): {best.Summary.Split(". ")[0].TrimEnd('.')} [{string.Join(", ", best.Citations)}]"));
            factors.Add(best.SameTumorType
                ? new Factor("IMT-specific evidence", 5, $"evidence from {best.SourceTumorType}")
                : new Factor("extrapolated evidence only", -5, $"best evidence comes from {best.SourceTumorType}, not {ctx.TumorType}"));
            citations.AddRange(best.Citations);
            if (best.Match == "partner")
            {
                factors.Add(new Factor("partner-specific evidence", 10, $"evidence for {ctx.AlkDriver!.Normalized} itself, not only for ALK fusions in general"));
            }
        }
        else
        {
            factors.Add(new Factor("evidence level", 0, "no sensitivity evidence for this patient's alterations in the knowledge base"));
        }

        var resistant = MutationResistance(ctx, drug, mutationEvidence, driver, factors, citations);
        MutationSensitivity(mutationEvidence, factors, citations);
        var barred = Exposure(ctx, drug, factors, warnings);
        Cns(ctx, drug, factors);
        Generation(ctx, drug, factors);
        AgeAndDose(ctx, drug, factors, warnings);
        Approval(ctx, drug, factors, warnings);

        return new TreatmentOption(0, OptionKind.Drug, DrugTitle(ctx, drug), [drug], best?.Level, factors.Sum(f => f.Effect), [.. factors],
            [.. citations.Distinct(StringComparer.Ordinal)], [.. warnings], rule, resistant, barred);
    }

    private static string DrugTitle(RecommendationContext ctx, string drug) =>
        ctx.Exposures.Any(e => e.Drug == drug && e.Ongoing) ? $"continue {drug}" : drug;

    /// <summary>Evidence matched to a compound profile as a whole hides the part-level evidence for the same drug.</summary>
    private static List<Implication> WholeBeforeParts(Interpretation mutation, string drug)
    {
        var forDrug = mutation.Implications.Where(i => i.Drug == drug).ToList();
        var whole = forDrug.Where(i => i.Match is "exact" or "position").ToList();
        return whole.Count > 0 ? whole : forDrug;
    }

    private static int LevelPoints(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Level1 => 40,
        EvidenceLevel.Level2 => 35,
        EvidenceLevel.Level3A => 30,
        EvidenceLevel.Level3B => 15,
        _ => 5,
    };

    private static bool MutationResistance(RecommendationContext ctx, string drug, List<(Interpretation Mutation, Implication Implication)> mutationEvidence, List<Implication> driver, List<Factor> factors, List<string> citations)
    {
        var resistance = mutationEvidence.Where(x => x.Implication.Direction == EffectDirection.Resistance)
            .OrderByDescending(x => EvidenceLevels.Strength(x.Implication.Level)).ThenByDescending(x => x.Implication.SameTumorType).FirstOrDefault();
        if (resistance.Implication is { } r)
        {
            var points = r.Level switch { EvidenceLevel.LevelR1 => -100, EvidenceLevel.LevelR2 => -60, _ => -25 };
            factors.Add(new Factor("resistance for current mutation", points,
                $"{resistance.Mutation.Normalized} ({r.Match.Replace('_', ' ')}): level {EvidenceLevels.Code(r.Level)} resistance, {(r.SameTumorType ? r.SourceTumorType : $"extrapolated from {r.SourceTumorType}")} [{string.Join(", ", r.Citations)}]"));
            citations.AddRange(r.Citations);
        }

        var partner = driver.Where(i => i.Direction == EffectDirection.Resistance && i.Match == "partner")
            .OrderByDescending(i => EvidenceLevels.Strength(i.Level)).ThenByDescending(i => i.SameTumorType).FirstOrDefault();
        if (partner is not null)
        {
            // Clinical resistance in the patient's tumor type weighs most; extrapolated or preclinical partner data little.
            var points = (partner.Level, partner.SameTumorType) switch
            {
                (EvidenceLevel.LevelR1 or EvidenceLevel.LevelR2, true) => -40,
                (EvidenceLevel.LevelR1 or EvidenceLevel.LevelR2, false) => -20,
                _ => -5,
            };
            factors.Add(new Factor("resistance for the fusion partner", points, $"{ctx.AlkDriver!.Normalized}: level {EvidenceLevels.Code(partner.Level)}, {(partner.SameTumorType ? partner.SourceTumorType : $"extrapolated from {partner.SourceTumorType}")} ({partner.Summary.Split(". ")[0].TrimEnd('.')}) [{string.Join(", ", partner.Citations)}]"));
            citations.AddRange(partner.Citations);
        }

        return resistance.Implication is not null;
    }

    private static void MutationSensitivity(List<(Interpretation Mutation, Implication Implication)> mutationEvidence, List<Factor> factors, List<string> citations)
    {
        var s = mutationEvidence.Where(x => x.Implication.Direction == EffectDirection.Sensitivity)
            .OrderByDescending(x => EvidenceLevels.Strength(x.Implication.Level)).ThenByDescending(x => x.Implication.SameTumorType).FirstOrDefault();
        if (s.Implication is { } i)
        {
            var points = i.Level is EvidenceLevel.Level4 ? 5 : 20;
            factors.Add(new Factor("sensitivity for current mutation", points,
                $"{s.Mutation.Normalized}: level {EvidenceLevels.Code(i.Level)}, {(i.SameTumorType ? i.SourceTumorType : $"extrapolated from {i.SourceTumorType}")} [{string.Join(", ", i.Citations)}]"));
            citations.AddRange(i.Citations);
        }
    }

    private static bool Exposure(RecommendationContext ctx, string drug, List<Factor> factors, List<string> warnings)
    {
        var exposures = ctx.Exposures.Where(e => e.Drug == drug).ToList();
        if (exposures.Count == 0)
        {
            factors.Add(new Factor("prior exposure", 0, "not given before"));
            return false;
        }

        var last = exposures[^1];
        if (exposures.Any(e => e.LifeThreateningReaction))
        {
            factors.Add(new Factor("life-threatening reaction", -1000, "a grade 4–5 life-threatening reaction to this drug: do not re-challenge (seed 002)"));
            warnings.Add($"do not re-challenge {drug}: life-threatening reaction recorded");
            return true;
        }

        if (last.Ongoing && !last.ProgressedOnIt)
        {
            factors.Add(new Factor("prior exposure", 40, $"current line {last.Line}, no progression recorded: continue"));
        }
        else if (last.ProgressedOnIt)
        {
            factors.Add(new Factor("prior exposure", -50, $"progressed on it (line {last.Line})"));
            warnings.Add($"the patient progressed on {drug} (line {last.Line})");
        }
        else if (last.ReasonStopped == "toxicity")
        {
            factors.Add(new Factor("prior exposure", -10, $"stopped for toxicity on line {last.Line}: intolerance, not resistance; a reduced dose may be possible"));
        }
        else
        {
            factors.Add(new Factor("prior exposure", 0, $"given on line {last.Line} ({last.ReasonStopped.Replace('_', ' ')})"));
        }

        if (exposures.Max(e => e.WorstGrade) is >= 3 and var grade)
        {
            factors.Add(new Factor("prior serious toxicity", -10, $"grade {grade} adverse event on {drug}"));
            warnings.Add($"prior grade {grade} toxicity on {drug}");
        }

        return false;
    }

    private static void Cns(RecommendationContext ctx, string drug, List<Factor> factors)
    {
        if (!ctx.CnsDisease || !ctx.Kb.Drugs.TryGetValue(drug, out var d))
        {
            return;
        }

        factors.Add(d.CnsActivity?.Value switch
        {
            "higher" => new Factor("CNS disease", 15, $"brain metastases; {drug} has better CNS activity [{string.Join(", ", ctx.Kb.References(d.CnsActivity.Citations))}]"),
            "lower" => new Factor("CNS disease", -15, $"brain metastases; {drug} is less active in the CNS [{string.Join(", ", ctx.Kb.References(d.CnsActivity.Citations))}]"),
            _ => new Factor("CNS disease", 0, $"brain metastases; CNS activity of {drug} not sourced in the knowledge base"),
        });
    }

    private static void Generation(RecommendationContext ctx, string drug, List<Factor> factors)
    {
        var progressed = ctx.Exposures.Where(e => e.ProgressedOnIt && ctx.IsAlkInhibitor(e.Drug)).ToList();
        if (progressed.Count == 0 || ctx.AlkMutations.Any() || ctx.Generation(drug) is not { } generation)
        {
            return;
        }

        var highest = progressed.Max(e => ctx.Generation(e.Drug) ?? 0);
        factors.Add(generation == highest + 1
            ? new Factor("next generation after progression", 20, $"progressed on generation {highest} without an ALK mutation found; {drug} is the next generation ({generation})")
            : generation > highest
                ? new Factor("next generation after progression", 10, $"progressed on generation {highest} without an ALK mutation found; {drug} is generation {generation}")
                : new Factor("next generation after progression", -10, $"progressed on generation {highest}; {drug} is generation {generation}"));
    }

    private static void AgeAndDose(RecommendationContext ctx, string drug, List<Factor> factors, List<string> warnings)
    {
        if (!ctx.Kb.Drugs.TryGetValue(drug, out var d))
        {
            return;
        }

        if (ctx.AgeYears is < 18)
        {
            factors.Add(new Factor("age and dose", 0, d.PediatricDose is { } p
                ? $"age {ctx.AgeYears}: pediatric dose {p.Value} [{string.Join(", ", ctx.Kb.References(p.Citations))}]"
                : $"age {ctx.AgeYears}: no pediatric dose in the knowledge base"));
            if (d.PediatricDose is null)
            {
                warnings.Add($"no sourced pediatric dose for {drug}");
            }
        }
        else if (d.AdultDose is { } a)
        {
            factors.Add(new Factor("age and dose", 0, $"{(ctx.AgeYears is { } age ? $"age {age}" : "age not stated")}: adult dose {a.Value} [{string.Join(", ", ctx.Kb.References(a.Citations))}]"));
        }
    }

    private static void Approval(RecommendationContext ctx, string drug, List<Factor> factors, List<string> warnings)
    {
        if (ctx.Request.Jurisdiction is not { } j)
        {
            return;
        }

        var approval = ctx.Kb.Approvals.FirstOrDefault(a => a.Jurisdiction == j && a.Drug == drug
            && (a.TumorTypes.Contains(ctx.TumorType) || a.TumorTypes.Contains("any"))
            && (ctx.AgeYears is not { } age || ((a.MinAgeYears is null || age >= a.MinAgeYears) && (a.MaxAgeYears is null || age <= a.MaxAgeYears))));
        if (approval is { Status: "approved" or "reimbursed" })
        {
            factors.Add(new Factor("approval", 10, $"{approval.Status} in {j} ({approval.Agency}{(approval.Date is null ? string.Empty : $", {approval.Date}")}): {approval.Indication} [{string.Join(", ", ctx.Kb.References(approval.Citations))}]"));
        }
        else if (approval is { Status: "unverified" })
        {
            factors.Add(new Factor("approval", 0, $"reported but unverified in {j}: {approval.Note}"));
            warnings.Add($"approval of {drug} in {j} is unverified");
        }
        else
        {
            var otherAge = ctx.Kb.Approvals.FirstOrDefault(a => a.Jurisdiction == j && a.Drug == drug && a.TumorTypes.Contains(ctx.TumorType));
            factors.Add(new Factor("approval", 0, otherAge is null
                ? $"no {ctx.TumorType} approval in {j}: off-label"
                : $"{j} approval covers ages {otherAge.MinAgeYears?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any"}–{otherAge.MaxAgeYears?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any"}, not age {ctx.AgeYears}: off-label"));
            warnings.Add($"off-label in {j}: access through a trial or access programme (see the trial option)");
        }
    }
}
