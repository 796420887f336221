using System.Globalization;
using Alkboard.Core.Timeline;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Alkboard.Cli.Rendering;

/// <summary>Renders a <see cref="CaseView"/> as plain-text tables, one section per part of the history.</summary>
internal static class CaseViewRenderer
{
    public static void Render(IAnsiConsole console, CaseView view)
    {
        var p = view.Patient;
        var age = p.AgeAtDiagnosis is { } a ? $", {a} years at diagnosis" : p.BirthYear is { } y ? $", born {y}" : string.Empty;
        console.Write(new Rule(Markup.Escape($"Case {p.Id}")) { Justification = Justify.Left });
        Line(console, $"Patient: {p.Id}, {p.Sex}{age}");
        var reference = string.Join(", ", new[] { view.Source.Doi is null ? null : "doi:" + view.Source.Doi, view.Source.Pmid is null ? null : "PMID " + view.Source.Pmid, view.Source.Url }.Where(s => s is not null));
        Line(console, $"Source: {view.Source.Citation}{(view.Source.PatientLabel is null ? string.Empty : $" ({view.Source.PatientLabel})")}{(reference.Length == 0 ? string.Empty : $" [{reference}]")}");
        Line(console, $"File: {view.SourceFile}");

        Section(console, "Diagnosis", view.Diagnoses.Count,
            ["Date", "Event", "Histology", "OncoTree", "Primary site", "Extent", "Metastatic sites"],
            view.Diagnoses.Select(d => Row(d.Date, Words(d.Event), d.Histology, d.OncoTreeCode ?? "-", d.PrimarySite, Words(d.Extent),
                string.Join(", ", d.MetastaticSites) + (d.CnsMetastases == true ? " (CNS involved)" : string.Empty))));

        Section(console, "Molecular tests and findings", view.MolecularTests.Count,
            ["Date", "Method", "Specimen", "Lab / panel", "Findings"],
            view.MolecularTests.Select(t => Row(t.Date, Words(t.Method), t.Specimen, string.Join(" / ", new[] { t.Lab, t.Panel }.Where(s => s is not null)),
                t.Findings.Count == 0 ? t.Status : string.Join("\n", t.Findings.Select(f => f.Text)) + (t.Status == "reported" ? string.Empty : $"\n({t.Status})"))));

        Section(console, "Systemic therapy", view.TherapyLines.Count,
            ["Line", "Drugs and starting dose", "Start", "End", "Duration", "Stopped", "Dose changes"],
            view.TherapyLines.Select(l => Row(l.Line.ToString(CultureInfo.InvariantCulture),
                string.Join("\n", l.Agents.Select(a => a.Dose is null ? a.Drug : $"{a.Drug} {a.Dose}")) + (l.Access is null ? string.Empty : $"\nvia {l.Access}"),
                l.Start, l.End, l.Duration?.Text ?? (l.ReasonStopped == "ongoing" ? "ongoing" : "-"), Words(l.ReasonStopped),
                string.Join("\n", l.DoseChanges))));

        Section(console, "Local therapy", view.LocalTherapies.Count,
            ["Date", "Kind", "Details"],
            view.LocalTherapies.Select(t => Row(t.End is null ? t.Date : $"{t.Date ?? "?"} to {t.End}", Words(t.Kind), t.Text)));

        Section(console, "Assessments and responses", view.Assessments.Count,
            ["Date", "Line", "Modality", "Lesions (mm)", "Reported response"],
            view.Assessments.Select(a => Row(a.Date, a.Line?.ToString(CultureInfo.InvariantCulture), Words(a.Modality),
                string.Join("\n", a.Observations.Select(Observation)),
                a.ReportedResponse is null ? "-" : $"{a.ReportedResponse} (reported){(a.ReportedChangePercent is { } pct ? string.Create(CultureInfo.InvariantCulture, $", {pct:+0.#;-0.#;0}% reported") : string.Empty)}")));

        Section(console, "Adverse events", view.AdverseEvents.Count,
            ["Onset", "Term", "Grade", "Drug", "Action"],
            view.AdverseEvents.Select(e => Row(e.Onset, e.Term, e.Grade?.ToString(CultureInfo.InvariantCulture), e.Drug, Words(e.Action))));

        Section(console, "Responses and endpoints by line (RECIST 1.1)", view.Responses.Lines.Count,
            ["Line", "Drugs", "Best response", "PFS", "Time on treatment", "Duration of response"],
            view.Responses.Lines.Select(l => Row(l.Line.ToString(CultureInfo.InvariantCulture), string.Join(" + ", l.Drugs),
                l.BestOverallResponse is { } b ? $"{Alkboard.Core.Cases.ResponseCategoryCodes.Code(b)} ({l.BestOverallResponseSource})" : "not evaluable",
                l.ProgressionFreeSurvival?.Text, l.TimeOnTreatment?.Text, l.DurationOfResponse?.Text)));
        if (view.Responses.OverallSurvival is { } os)
        {
            Line(console, $"Overall survival from diagnosis: {os.Text}" + (view.Responses.OverallSurvivalFromFirstAlkInhibitor is { } fromAlk ? $"; from the first ALK inhibitor: {fromAlk.Text}" : string.Empty));
        }

        foreach (var problem in view.Responses.Problems)
        {
            Line(console, $"RECIST problem {problem.Code} (line {problem.Line}): {problem.Message}");
        }

        if (view.Outcome is { } o)
        {
            Heading(console, "Outcome");
            var death = o.DeathDate is null ? string.Empty : $", died {o.DeathDate}{(o.CauseOfDeath is null ? string.Empty : $" ({o.CauseOfDeath})")}";
            Line(console, $"Vital status: {o.VitalStatus}{death}; last follow-up {o.LastFollowUp ?? "not stated"}");
        }

        Section(console, "Chronology (dated events)", view.Chronology.Count, ["Date", "Event"], view.Chronology.Select(e => Row(e.Date, e.Event)));

        var notes = view.Notes
            .Concat(view.Diagnoses.Where(d => d.Note is not null).Select(d => $"Diagnosis {d.Id}: {d.Note}"))
            .Concat(view.MolecularTests.Where(t => t.Note is not null).Select(t => $"Test {t.Id}: {t.Note}"))
            .Concat(view.TherapyLines.Where(l => l.Note is not null).Select(l => $"Line {l.Line}: {l.Note}"))
            .Concat(view.LocalTherapies.Where(t => t.Note is not null).Select(t => $"Local therapy {t.Id}: {t.Note}"))
            .Concat(view.Assessments.Where(a => a.Note is not null).Select(a => $"Assessment {a.Id}: {a.Note}"))
            .ToList();
        if (notes.Count > 0)
        {
            Heading(console, "Notes");
            foreach (var note in notes)
            {
                Line(console, "- " + note);
            }
        }
    }

    /// <summary>A file word for a table cell: "metastatic_progression" reads "metastatic progression".</summary>
    private static string Words(string word) => word.Replace('_', ' ');

    private static string Observation(ObservationView o)
    {
        var value = o.SizeMm is { } mm ? string.Create(CultureInfo.InvariantCulture, $"{mm:0.#} mm") : Words(o.State);
        return $"{o.Lesion} {o.Site} [{o.Category.Replace('_', '-')}]: {value}";
    }

    private static void Section(IAnsiConsole console, string title, int count, string[] headers, IEnumerable<IRenderable[]> rows)
    {
        Heading(console, title);
        if (count == 0)
        {
            Line(console, "none recorded");
            return;
        }

        var table = new Table { Border = TableBorder.Simple, ShowRowSeparators = false };
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        foreach (var row in rows)
        {
            table.AddRow(row);
        }

        console.Write(table);
    }

    private static IRenderable[] Row(params string?[] cells) => [.. cells.Select(c => (IRenderable)new Text(string.IsNullOrEmpty(c) ? "-" : c))];

    private static void Heading(IAnsiConsole console, string title)
    {
        console.WriteLine();
        console.Write(new Text(title.ToUpperInvariant()));
        console.WriteLine();
    }

    private static void Line(IAnsiConsole console, string text)
    {
        console.Write(new Text(text));
        console.WriteLine();
    }
}