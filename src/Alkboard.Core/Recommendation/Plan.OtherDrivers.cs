using Alkboard.Core.Cases;
using Alkboard.Core.Evidence;
using Alkboard.Core.Knowledge;
using P = Alkboard.Core.Recommendation.ScoringPolicy;

namespace Alkboard.Core.Recommendation;

internal sealed partial class Plan
{
    /// <summary>
    /// ALK-negative disease with another kinase driver found (ROS1, NTRK1-3, RET fusions, BRAF V600E):
    /// the drugs its evidence supports, scored on the same policy (issue 11, item 5). A tumor-agnostic
    /// approval is level 1 for IMT and says so with the label's conditions; ROS1 evidence is NSCLC only
    /// and extrapolated.
    /// </summary>
    private bool OtherDrivers()
    {
        var drivers = ctx.Findings.Where(f => f.Gene is { } g && g != "ALK" && f.Implications.Any(i => i.Direction == EffectDirection.Sensitivity)
            && ctx.Kb.Genes.FirstOrDefault(x => x.Symbol == g)?.Role == GeneRole.KinaseDriver).ToList();
        if (drivers.Count == 0)
        {
            return false;
        }

        Use(RecommendationRules.OtherDriverTargeted);
        foreach (var driver in drivers)
        {
            foreach (var group in driver.Implications.Where(i => i.Direction == EffectDirection.Sensitivity).GroupBy(i => i.Drug))
            {
                Options.Add(ScoreOtherDriver(driver, group.OrderByDescending(i => EvidenceLevels.Strength(i.Level)).ThenByDescending(i => i.SameTumorType).First()));
            }
        }

        return true;
    }

    private TreatmentOption ScoreOtherDriver(Interpretation driver, Implication best)
    {
        var factors = new List<Factor>();
        var warnings = new List<OptionWarning>();
        var citations = new List<string>(best.Citations);
        var agnostic = ctx.Kb.FindTumorType(best.SourceTumorType)?.Agnostic == true;
        var drug = DrugName.Of(best.Drug);
        factors.Add(new Factor(FactorKind.EvidenceLevel, "evidence level", best.Level switch
        {
            EvidenceLevel.Level1 => P.Level1,
            EvidenceLevel.Level2 => P.Level2,
            EvidenceLevel.Level3A => P.Level3A,
            EvidenceLevel.Level3B => P.Level3B,
            _ => P.Level4,
        }, $"level {EvidenceLevels.Code(best.Level)}{(agnostic ? " (tumor-agnostic approval)" : string.Empty)} for {driver.Normalized}: {best.Summary} [{string.Join(", ", best.Citations)}]"));
        factors.Add(best.SameTumorType
            ? new Factor(FactorKind.TumorTypeMatch, agnostic ? "tumor-agnostic evidence" : "IMT-specific evidence", P.SameTumorType, agnostic ? "approved for any solid tumor with this alteration, under the label's conditions" : $"evidence from {best.SourceTumorType}")
            : new Factor(FactorKind.TumorTypeMatch, "extrapolated evidence only", P.ExtrapolatedOnly, $"evidence from {best.SourceTumorType}, not {ctx.TumorType}"));

        var approvals = ctx.Kb.Approvals.Where(a => a.Drug == drug.Value && a.Status == "approved" && (a.TumorTypes.Contains("any") || a.TumorTypes.Contains(ctx.TumorType))).ToList();
        var decided = approvals.Where(ctx.DecidedBy).ToList();
        if (decided.Count > 0 && !decided.Any(a => ctx.AgeWithin(a.MinAgeYears, a.MaxAgeYears)))
        {
            warnings.Add(new OptionWarning(WarningKind.OffLabel, $"age {ctx.Age}: outside the ages of the {string.Join("; ", decided.Select(a => $"{a.Jurisdiction} approval ({a.MinAgeYears?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any"}+)"))}"));
        }

        if (ctx.Request.Jurisdiction is { } j)
        {
            var here = decided.FirstOrDefault(a => a.Jurisdiction == j && ctx.AgeWithin(a.MinAgeYears, a.MaxAgeYears));
            factors.Add(here is null
                ? new Factor(FactorKind.Approval, "approval", 0, $"no approval in {j} on {ctx.DecisionText} for this use: off-label")
                : new Factor(FactorKind.Approval, "approval", P.ApprovedWhereTreated, $"approved in {j} ({here.Agency}, {here.Date}): {here.Indication}"));
            citations.AddRange(here is null ? [] : ctx.Kb.References(here.Citations));
        }

        var prior = ctx.Exposures.Where(e => e.Drug == drug).ToList();
        if (prior.Any(e => e.ProgressedOnIt))
        {
            factors.Add(new Factor(FactorKind.PriorExposure, "prior exposure", P.ProgressedOnIt, $"progressed on it (line {prior.First(e => e.ProgressedOnIt).Line})"));
        }

        if (ctx.DecisionDate is { } on && approvals.Count > 0 && approvals.All(a => a.Decision is { } d && d.Latest > on.Earliest))
        {
            factors.Add(new Factor(FactorKind.Availability, "not approved on the decision date", P.NotYetApproved, $"not approved on {on}; investigational only"));
        }

        var score = factors.Sum(f => f.Effect);
        return new TreatmentOption(0, OptionKind.Drug, $"{drug} ({driver.Normalized}{(agnostic ? ", tumor-agnostic approval" : best.SameTumorType ? string.Empty : ", extrapolated")})", [drug.Value], best.Level, score,
            [.. factors], [.. citations.Distinct(StringComparer.Ordinal)], [.. warnings], RecommendationRules.OtherDriverTargeted.Id, false, false);
    }
}