using System.Globalization;
using Alkboard.Core.Cases;
using Alkboard.Core.Recist;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Alkboard.Cli.Rendering;

/// <summary>Renders a RECIST report: one block per line with its time points, best response and endpoints.</summary>
internal static class RecistRenderer
{
    public static void Render(IAnsiConsole console, RecistReport report, RecistOptions options)
    {
        console.Write(new Rule(Markup.Escape($"RECIST 1.1 for {report.PatientId}")) { Justification = Justify.Left });
        Line(console, $"Guideline: Eisenhauer 2009 ({RecistRules.Citation}). Confirmation {(options.RequireConfirmation ? $"required (≥ {options.ConfirmationMinimumDays} days)" : "not required")}; SD counts from {options.StableDiseaseMinimumDays} days; baseline ≤ {options.BaselineWindowDays} days before start.");
        foreach (var line in report.Lines)
        {
            RenderLine(console, line);
        }

        console.WriteLine();
        Line(console, $"Overall survival from diagnosis: {report.OverallSurvival?.Text ?? "not computable (no dated diagnosis)"}");
        if (report.OverallSurvivalFromFirstAlkInhibitor is { } fromAlk)
        {
            Line(console, $"Overall survival from the first ALK inhibitor: {fromAlk.Text}");
        }
    }

    public static void RenderLine(IAnsiConsole console, LineResponse line)
    {
        console.WriteLine();
        var period = $"{line.Start ?? "start not stated"} to {line.End ?? (line.ReasonStopped == "ongoing" ? "ongoing" : "end not stated")}";
        Line(console, $"LINE {line.Line}: {string.Join(" + ", line.Drugs)} ({period}; stopped: {line.ReasonStopped.Replace('_', ' ')})");
        if (line.BaselineAssessment is not null)
        {
            var sum = line.BaselineSum is { } s ? string.Create(CultureInfo.InvariantCulture, $", target sum {s:0.#} mm") : string.Empty;
            Line(console, $"Baseline: '{line.BaselineAssessment}' ({line.BaselineDate}){sum}");
        }

        if (line.Timepoints.Count > 0)
        {
            var table = new Table { Border = TableBorder.Simple };
            foreach (var header in new[] { "Date", "Assessment", "Sum (mm)", "vs baseline", "vs nadir", "Target", "Non-target", "New", "Overall", "Source" })
            {
                table.AddColumn(new TableColumn(new Text(header)));
            }

            foreach (var t in line.Timepoints)
            {
                table.AddRow(Cells(t.Date ?? "-", t.AssessmentId, Number(t.TargetSum), Percent(t.ChangeFromBaselinePercent), Percent(t.ChangeFromNadirPercent),
                    t.Source == "computed" && t.TargetResponse is null ? "no target" : Code(t.TargetResponse), Code(t.NonTargetResponse), t.NewLesions switch { true => "yes", false => "no", _ => "-" }, Code(t.OverallResponse), t.Source));
            }

            console.Write(table);
        }
        else
        {
            Line(console, "No assessments of this line.");
        }

        var best = line.BestOverallResponse is { } b ? $"{Code(b)} ({line.BestOverallResponseSource})" : "not evaluable";
        Line(console, $"Best overall response: {best}; responder: {line.Responder switch { true => "yes", false => "no", _ => "-" }}");
        Line(console, $"PFS: {line.ProgressionFreeSurvival?.Text ?? "-"}; time on treatment: {line.TimeOnTreatment?.Text ?? "-"}; time to response: {line.TimeToResponse?.Text ?? "-"}; duration of response: {line.DurationOfResponse?.Text ?? "-"}");
        foreach (var local in line.LocalTherapiesDuring)
        {
            Line(console, "Local therapy between baseline and end of line: " + local);
        }

        foreach (var note in line.Notes)
        {
            Line(console, "Note: " + note);
        }
    }

    private static string Code(ResponseCategory? response) => response is { } r ? ResponseCategoryCodes.Code(r) : "-";

    private static string Number(decimal? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) : "-";

    private static string Percent(decimal? value) => value is { } v ? v.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%" : "-";

    private static IRenderable[] Cells(params string[] cells) => [.. cells.Select(c => (IRenderable)new Text(c))];

    private static void Line(IAnsiConsole console, string text)
    {
        console.Write(new Text(text));
        console.WriteLine();
    }
}
