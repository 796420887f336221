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

        var lastPd = LastProgression(ctx, line);
        if (lastPd is not null || line.ReasonStopped == StopReason.Progression)
        {
            if (lastPd?.ProgressionPattern == ProgressionPattern.Oligo && line.ReasonStopped != StopReason.Progression)
            {
                return (DecisionPoint.Oligoprogression, $"oligoprogression on line {line.Number} ({line.DrugsText}) at '{lastPd.Id}'");
            }

            if (lastPd?.ProgressionPattern == ProgressionPattern.Oligo)
            {
                return (DecisionPoint.Oligoprogression, $"oligoprogression at the end of line {line.Number} ({line.DrugsText}) at '{lastPd.Id}'");
            }

            return (DecisionPoint.SystemicProgression, $"progression on line {line.Number} ({line.DrugsText})");
        }

        return line.ReasonStopped == StopReason.Ongoing
            ? (DecisionPoint.RespondingOnTherapy, $"on line {line.Number} ({line.DrugsText}) without recorded progression")
            : (DecisionPoint.OffTherapy, $"line {line.Number} ({line.DrugsText}) ended ({Words(line.ReasonStopped)}) without recorded progression");
    }

    /// <summary>
    /// The latest progression recorded on the line (reported or computed), if its latest evaluable
    /// response is a progression. A not-evaluable time point (NE) says nothing either way, so it never
    /// hides an earlier progression.
    /// </summary>
    private static Assessment? LastProgression(RecommendationContext ctx, TherapyLine line)
    {
        var response = ctx.Responses.Lines.FirstOrDefault(r => r.Line == line.Number);
        var last = response?.Timepoints.LastOrDefault(t => t.OverallResponse is { } r && r != ResponseCategory.NE);
        if (last?.OverallResponse != ResponseCategory.PD)
        {
            return null;
        }

        return ctx.Case.Assessments.FirstOrDefault(a => a.Id == last.AssessmentId);
    }

    private static string Words<T>(T value) where T : struct, Enum => CaseWords.Of(value).Replace('_', ' ');
}
