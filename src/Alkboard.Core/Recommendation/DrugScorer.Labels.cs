using System.Globalization;
using System.Text.RegularExpressions;
using Alkboard.Core.Cases;
using P = Alkboard.Core.Recommendation.ScoringPolicy;

namespace Alkboard.Core.Recommendation;

public static partial class DrugScorer
{
    private static void Refusal(RecommendationContext ctx, Sheet s, DrugName drug)
    {
        if (ctx.Case.Refusals.LastOrDefault(r => r.Drug == drug) is { } refused)
        {
            var when = refused.Date is { } d ? $" ({d})" : string.Empty;
            s.Add(FactorKind.PatientDeclines, "the patient declines it", P.PatientDeclines, $"refusal recorded{when}{(refused.Note is { } n ? $": {n}" : string.Empty)}; offered only if the patient reconsiders");
            s.Warn(WarningKind.PatientDeclines, $"the patient declines {drug}{when}");
        }
    }

    /// <summary>Label warnings about the patient in front of the board: shared class risks, organ function, interactions, pregnancy (issue 12, items 3 and 4).</summary>
    private static void PatientWarnings(RecommendationContext ctx, Sheet s, DrugName drug)
    {
        foreach (var risk in ctx.Labels.ClassRisks(drug))
        {
            s.Warn(WarningKind.ClassRisk, risk);
        }

        if (ctx.Labels.Resumable(drug) is { } withhold)
        {
            var events = string.Join(" with ", withhold.Events.Select(e => $"grade {e.Grade} {e.Term}{(e.Onset is { } o ? $" ({o})" : string.Empty)}"));
            s.Warn(WarningKind.LabelDiscontinuation, $"label rule met by {events}: {withhold.Rule.Text} ({withhold.Rule.Section}) [{string.Join(", ", ctx.Kb.References(withhold.Rule.Citations))}]");
        }

        var (organ, unknown) = ctx.Labels.OrganDoses(drug);
        foreach (var rule in organ)
        {
            s.Warn(WarningKind.OrganFunction, $"label dose modification: {rule.Text} ({rule.Section}) [{string.Join(", ", ctx.Kb.References(rule.Citations))}]");
            s.Cite(ctx.Kb.References(rule.Citations));
        }

        foreach (var note in unknown)
        {
            s.Warn(WarningKind.OrganFunction, note);
        }

        foreach (var interaction in ctx.Labels.Interactions(drug))
        {
            s.Warn(WarningKind.Interaction, interaction);
        }

        if (ctx.Labels.Contraindication(drug) is { } contraindicated)
        {
            s.Add(FactorKind.Contraindication, "contraindicated with a current medication", P.ContraindicatedWithMedication, contraindicated);
            s.Warn(WarningKind.Interaction, $"contraindicated while the patient takes {contraindicated}");
        }

        if (ctx.IsAlkInhibitor(drug) && ctx.Labels.PregnancyOrBreastfeeding() is { } state)
        {
            s.Warn(WarningKind.Pregnancy, state.StartsWith("pregnant", StringComparison.Ordinal)
                ? $"{state}: ALK inhibitor labels warn of embryo-fetal toxicity (brigatinib 5.8, lorlatinib 5.6 in the sections read); check the {drug} label's pregnancy section before any use"
                : $"{state}: the {drug} label's lactation section is not in this knowledge base: check it (whether and how long to stop breastfeeding) before any use");
        }
    }

    /// <summary>
    /// The dose the patient is on now, for a drug of the current line: the last recorded dose change
    /// with a dose, else the starting dose. Shown as the patient's dose, never as a label step.
    /// </summary>
    private static string? CurrentDose(RecommendationContext ctx, DrugName drug)
    {
        if (ctx.LastLine is not { ReasonStopped: StopReason.Ongoing } line || line.Agents.FirstOrDefault(a => a.Drug == drug) is not { } agent)
        {
            return null;
        }

        var changes = line.DoseChanges.Where(c => c.Drug == drug).ToList();
        var lastWithDose = changes.LastOrDefault(c => c.NewDose is not null);
        var history = changes.Count == 0 ? string.Empty : $" ({string.Join("; ", changes.Select(c => $"{c.Date?.Text ?? "undated"}: {CaseWords.Of(c.Change)}{(c.NewDose is { } d ? $" to {d}" : string.Empty)}"))})";
        return lastWithDose?.NewDose is { } now
            ? $"the patient's current dose: {now}{history}"
            : agent.Dose is { } start ? $"the patient's current dose: {start}{history}" : $"the patient's current dose is not recorded{history}";
    }

    /// <summary>
    /// Body-surface area by Mosteller (sqrt(height cm x weight kg / 3600), m²) from the latest recorded
    /// weight and height, and a per-m² pediatric dose in mg; null when either is missing.
    /// </summary>
    private static string? BodySurfaceDose(RecommendationContext ctx, string pediatricDose)
    {
        var weight = ctx.Case.PatientStatus.Where(p => p.WeightKg is not null && ctx.AtOrBeforeDecision(p.Date)).OrderBy(p => p.Date?.Latest ?? DateOnly.MinValue).LastOrDefault();
        var height = ctx.Case.PatientStatus.Where(p => p.HeightCm is not null && ctx.AtOrBeforeDecision(p.Date)).OrderBy(p => p.Date?.Latest ?? DateOnly.MinValue).LastOrDefault();
        var perM2 = PerSquareMetre().Match(pediatricDose);
        if (weight is null || height is null)
        {
            return perM2.Success ? "weight and height are not recorded: body-surface area and the dose in mg cannot be computed" : null;
        }

        var bsa = Math.Sqrt((double)(height.HeightCm!.Value * weight.WeightKg!.Value) / 3600.0);
        var text = string.Create(CultureInfo.InvariantCulture, $"body-surface area {bsa:0.00} m² (Mosteller; {weight.WeightKg} kg on {weight.Date}, {height.HeightCm} cm on {height.Date})");
        if (perM2.Success)
        {
            var mg = double.Parse(perM2.Groups["mg"].Value, CultureInfo.InvariantCulture) * bsa;
            text += string.Create(CultureInfo.InvariantCulture, $"; {perM2.Groups["mg"].Value} mg/m² x {bsa:0.00} m² = {mg:0} mg per dose before rounding to the label's body-surface-area table (the table itself is not in the knowledge base)");
        }

        return text;
    }

    [GeneratedRegex(@"(?<mg>\d+(\.\d+)?)\s*mg/m2")]
    private static partial Regex PerSquareMetre();
}
