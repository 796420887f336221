using Alkboard.Core.Cases;

namespace Alkboard.Core.Recommendation;

/// <summary>Classifies the situation at a decision (CLINICAL-LOGIC.md section 5).</summary>
public static class DecisionPointClassifier
{
    /// <summary>The decision point and a one-sentence reason.</summary>
    public static (DecisionPoint Point, string Reason) Classify(RecommendationContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (ctx.Case.Outcome is { VitalStatus: VitalStatus.Dead } dead)
        {
            return (DecisionPoint.Deceased, $"the patient died{(dead.DeathDate is { } d ? $" ({d})" : string.Empty)}{(dead.CauseOfDeath is { } cause ? $": {cause}" : string.Empty)}");
        }

        switch (ctx.AlkStatus.Kind)
        {
            case AlkStatusKind.Unknown:
                return (DecisionPoint.AlkStatusUnknown, "no ALK result that can establish ALK status (IHC, FISH or RNA/DNA sequencing for rearrangements) is recorded");
            case AlkStatusKind.Negative:
                return (DecisionPoint.AlkNegative, "ALK was tested for rearrangement (or protein) and none was found");
            case AlkStatusKind.Unconfirmed:
                return (DecisionPoint.AlkStatusUnconfirmed, "the ALK results in the record cannot establish ALK positivity: " + string.Join("; ", ctx.AlkStatus.Reasons));
            case AlkStatusKind.Positive or AlkStatusKind.PresumedFromResponse or AlkStatusKind.Discordant:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(ctx), ctx.AlkStatus.Kind, "unknown ALK status");
        }

        var line = ctx.LastLine;
        if (line is null && NoEvidenceAfterResection(ctx) is { } resection)
        {
            return (DecisionPoint.NoEvidenceOfDisease, $"no evidence of disease after the R0 resection '{resection.Id}' ({resection.Date}), and no progression recorded since");
        }

        if (line is null)
        {
            return ctx.Extent == DiseaseExtent.Localized
                ? (DecisionPoint.LocalizedResectable, "localized ALK-positive disease without systemic therapy")
                : (DecisionPoint.AdvancedNoAlkInhibitor, $"ALK-positive disease ({Words(ctx.Extent)}) without systemic therapy");
        }

        if (!ctx.Exposures.Any(e => ctx.IsAlkInhibitor(e.Drug)))
        {
            return (DecisionPoint.AdvancedNoAlkInhibitor, $"ALK-positive disease ({Words(ctx.Extent)}); prior systemic therapy without an ALK inhibitor ({string.Join(", ", ctx.Case.TherapyLines.Select(l => l.DrugsText))})");
        }

        if (line.ReasonStopped == StopReason.Toxicity)
        {
            return (DecisionPoint.Intolerance, $"line {line.Number} ({line.DrugsText}) stopped for toxicity");
        }

        var (lastPd, beyond) = LastProgression(ctx, line);
        if (lastPd is not null || line.ReasonStopped == StopReason.Progression)
        {
            var continued = beyond ? $"; treatment beyond progression: {line.DrugsText} continued after the progression at '{lastPd!.Id}' (a later response does not undo it)" : string.Empty;
            if (lastPd?.ProgressionPattern == ProgressionPattern.Oligo && line.ReasonStopped != StopReason.Progression)
            {
                return (DecisionPoint.Oligoprogression, $"oligoprogression on line {line.Number} ({line.DrugsText}) at '{lastPd.Id}'{continued}");
            }

            if (lastPd?.ProgressionPattern == ProgressionPattern.Oligo)
            {
                return (DecisionPoint.Oligoprogression, $"oligoprogression at the end of line {line.Number} ({line.DrugsText}) at '{lastPd.Id}'{continued}");
            }

            return (DecisionPoint.SystemicProgression, $"progression on line {line.Number} ({line.DrugsText}){continued}");
        }

        return line.ReasonStopped == StopReason.Ongoing
            ? (DecisionPoint.RespondingOnTherapy, $"on line {line.Number} ({line.DrugsText}) without recorded progression")
            : (DecisionPoint.OffTherapy, $"line {line.Number} ({line.DrugsText}) ended ({Words(line.ReasonStopped)}) without recorded progression");
    }

    /// <summary>
    /// The latest progression recorded on the line (reported or computed), and whether the line went
    /// on after it with a non-progression time point (treatment beyond progression, one situation:
    /// a response recorded after a progression never turns the line back into "responding"; RECIST 1.1
    /// best response counts nothing after PD). A not-evaluable time point (NE) says nothing either way.
    /// </summary>
    private static (Assessment? Progression, bool Beyond) LastProgression(RecommendationContext ctx, TherapyLine line)
    {
        var response = ctx.Responses.Lines.FirstOrDefault(r => r.Line == line.Number);
        var points = response?.Timepoints.Where(t => t.OverallResponse is { } r && r != ResponseCategory.NE).ToList() ?? [];
        var lastPd = points.LastOrDefault(t => t.OverallResponse == ResponseCategory.PD);
        if (lastPd is null)
        {
            return (null, false);
        }

        var beyond = points.SkipWhile(t => !ReferenceEquals(t, lastPd)).Skip(1).Any();
        return (ctx.Case.Assessments.FirstOrDefault(a => a.Id == lastPd.AssessmentId), beyond);
    }

    /// <summary>The last R0 resection when no later assessment or diagnosis shows disease (a recurrence is a new diagnosis event or a PD).</summary>
    private static LocalTherapy? NoEvidenceAfterResection(RecommendationContext ctx)
    {
        var resection = ctx.Case.LocalTherapies.Where(t => t.Kind == LocalTherapyKind.Surgery && t.Margin == ResectionMargin.R0 && t.Date is not null)
            .OrderBy(t => t.Date!.Value.Earliest).LastOrDefault();
        if (resection is null)
        {
            return null;
        }

        var after = resection.Date!.Value;
        var recurrence = ctx.Case.Diagnoses.Any(d => d.Event != DiagnosisEvent.Initial && d.Date is { } dd && !dd.IsCertainlyBefore(after))
            || ctx.Case.Assessments.Any(a => a.Date is { } ad && ad.IsCertainlyAfter(after)
                && (a.ReportedResponse is ResponseCategory.PD or ResponseCategory.SD or ResponseCategory.PR || a.Observations.Any(o => o.State is not (LesionState.Disappeared or LesionState.NotEvaluated))));
        return recurrence ? null : resection;
    }

    private static string Words<T>(T value) where T : struct, Enum => CaseWords.Of(value).Replace('_', ' ');
}
