using System.Globalization;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Timeline;

/// <summary>Builds the reader's view of a case. Pure: the same case gives the same view.</summary>
public static class CaseViewBuilder
{
    /// <summary>Builds the view; <paramref name="sourceFile"/> is shown as given.</summary>
    public static CaseView Build(PatientCase patientCase, string sourceFile)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        var c = patientCase;
        var lesions = c.Lesions.ToDictionary(l => l.Id, StringComparer.Ordinal);
        return new CaseView(
            sourceFile,
            new PatientView(c.Patient.Id, CaseWords.Of(c.Patient.Sex), c.Patient.AgeAtDiagnosisYears, c.Patient.BirthYear),
            new SourceView(c.Source.Citation, c.Source.Doi, c.Source.Pmid, c.Source.Url, c.Source.PatientLabel, c.Source.Synthetic),
            [.. Chronological(c.Diagnoses, d => d.Date).Select(d => new DiagnosisView(
                d.Id, CaseWords.Of(d.Event), d.Date?.Text, d.HistologyText ?? HistologyCatalog.Label(d.Histology), d.OncoTreeCode, d.PrimarySite,
                CaseWords.Of(d.Extent), d.MetastaticSites, d.CnsMetastases, d.Note))],
            [.. Chronological(c.MolecularTests, t => t.Date).Select(t => new TestView(
                t.Id, t.Date?.Text, CaseWords.Of(t.Method), Specimen(t.Specimen), t.Lab, t.Panel, CaseWords.Of(t.Status),
                [.. t.Results.Select(r => new FindingView(r.Kind, r.Describe(), r.Note))], t.Note))],
            [.. c.TherapyLines.Select(Line)],
            [.. Chronological(c.LocalTherapies, t => t.Date).Select(t => new LocalTherapyView(t.Id, CaseWords.Of(t.Kind), t.Date?.Text, t.End?.Text, Describe(t), t.Note))],
            [.. Chronological(c.Assessments, a => a.Date).Select(a => new AssessmentView(
                a.Id, a.Date?.Text, a.Line, CaseWords.Of(a.Modality),
                [.. a.Observations.Select(o => new ObservationView(o.LesionId, lesions[o.LesionId].Site, CaseWords.Of(lesions[o.LesionId].Category), CaseWords.Of(o.State), o.SizeMm))],
                a.ReportedResponse is { } r ? ResponseWord(r) : null, a.ReportedChangePercent, a.Note))],
            [.. Chronological(c.AdverseEvents, e => e.Onset).Select(e => new AdverseEventView(e.Term, e.Grade, e.Onset?.Text, e.Drug?.Value, CaseWords.Of(e.Action), e.Note))],
            c.Outcome is { } o ? new OutcomeView(o.LastFollowUp?.Text, CaseWords.Of(o.VitalStatus), o.DeathDate?.Text, o.CauseOfDeath, o.Note) : null,
            Recist.RecistEngine.Evaluate(c),
            Chronology(c),
            c.Notes);
    }

    /// <summary>The words used for response categories in output: CR, PR, SD, PD, NE, NonCR/NonPD.</summary>
    public static string ResponseWord(ResponseCategory response) => ResponseCategoryCodes.Code(response);

    /// <summary>Dated items by date (stable), undated ones after them in file order.</summary>
    private static IEnumerable<T> Chronological<T>(IEnumerable<T> items, Func<T, PartialDate?> date) =>
        items.Select((item, index) => (item, index))
            .OrderBy(x => date(x.item) is null ? 1 : 0)
            .ThenBy(x => date(x.item) ?? default)
            .ThenBy(x => x.index)
            .Select(x => x.item);

    private static LineView Line(TherapyLine line) => new(
        line.Number,
        [.. line.Agents.Select(a => new AgentView(a.Drug.Value, a.Dose?.ToString()))],
        line.Start?.Text,
        line.End?.Text,
        line.Duration is { } d ? Duration(d) : null,
        CaseWords.Of(line.ReasonStopped),
        line.Access,
        line.Cycles,
        [.. line.DoseChanges.Select(DoseChangeText)],
        line.Note);

    /// <summary>A duration for output, months rounded to two decimals.</summary>
    public static DurationView Duration(DurationRange d) =>
        new(d.MinDays, d.MaxDays, Math.Round(d.MinMonths, 2), Math.Round(d.MaxMonths, 2), d.ToDisplayString());

    private static string DoseChangeText(DoseChange change)
    {
        var date = change.Date?.Text ?? "date not stated";
        var dose = change.NewDose is null ? string.Empty : $" {DosePreposition(change.Change)} {change.NewDose}";
        var reason = change.Reason is null ? string.Empty : $" ({change.Reason})";
        return $"{date}: {change.Drug} {CaseWords.Of(change.Change)}{dose}{reason}";
    }

    private static string DosePreposition(DoseChangeKind kind) => kind == DoseChangeKind.Resumed ? "at" : "to";

    private static string Specimen(Specimen specimen) =>
        specimen.Site is null ? CaseWords.Of(specimen.Kind) : $"{CaseWords.Of(specimen.Kind)}, {specimen.Site}";

    private static string Describe(LocalTherapy t)
    {
        var parts = new List<string>();
        if (t.Procedure is not null)
        {
            parts.Add(t.Procedure);
        }

        if (!t.Sites.IsDefaultOrEmpty)
        {
            parts.Add(string.Join(", ", t.Sites));
        }

        if (t.Margin is { } margin)
        {
            parts.Add(margin.ToString());
        }

        if (t.Technique is not null)
        {
            parts.Add(t.Technique);
        }

        if (t.DoseGy is { } gy)
        {
            parts.Add(t.Fractions is { } f
                ? string.Create(CultureInfo.InvariantCulture, $"{gy:0.##} Gy in {f} fractions")
                : string.Create(CultureInfo.InvariantCulture, $"{gy:0.##} Gy"));
        }

        return parts.Count == 0 ? CaseWords.Of(t.Kind) : string.Join("; ", parts);
    }

    private static List<ChronologyEntry> Chronology(PatientCase c)
    {
        var events = new List<(PartialDate Date, int Order, string Text)>();
        void Add(PartialDate? date, string text)
        {
            if (date is { } d)
            {
                events.Add((d, events.Count, text));
            }
        }

        foreach (var d in c.Diagnoses)
        {
            Add(d.Date, $"{CaseWords.Of(d.Event).Replace('_', ' ')} diagnosis: {d.HistologyText ?? HistologyCatalog.Label(d.Histology)}, {CaseWords.Of(d.Extent).Replace('_', ' ')}");
        }

        foreach (var t in c.MolecularTests)
        {
            var findings = t.Results.IsDefaultOrEmpty ? CaseWords.Of(t.Status) : string.Join("; ", t.Results.Select(r => r.Describe()));
            Add(t.Date, $"{CaseWords.Of(t.Method).Replace('_', ' ')} test: {findings}");
        }

        foreach (var line in c.TherapyLines)
        {
            Add(line.Start, $"line {line.Number} starts: {line.DrugsText}");
            foreach (var change in line.DoseChanges)
            {
                Add(change.Date, $"line {line.Number}: {change.Drug} {CaseWords.Of(change.Change)}{(change.NewDose is null ? string.Empty : $" {DosePreposition(change.Change)} {change.NewDose}")}");
            }

            Add(line.End, $"line {line.Number} ends ({CaseWords.Of(line.ReasonStopped).Replace('_', ' ')}): {line.DrugsText}");
        }

        foreach (var t in c.LocalTherapies)
        {
            Add(t.Date, $"{CaseWords.Of(t.Kind)}: {Describe(t)}");
        }

        foreach (var a in c.Assessments)
        {
            Add(a.Date, a.ReportedResponse is { } r ? $"assessment ({CaseWords.Of(a.Modality)}): reported {ResponseWord(r)}" : $"assessment ({CaseWords.Of(a.Modality)})");
        }

        foreach (var e in c.AdverseEvents)
        {
            Add(e.Onset, $"adverse event: {e.Term}{(e.Grade is { } g ? $" grade {g}" : string.Empty)}");
        }

        if (c.Outcome is { } o)
        {
            Add(o.DeathDate, $"death{(o.CauseOfDeath is null ? string.Empty : $": {o.CauseOfDeath}")}");
            Add(o.LastFollowUp, $"last follow-up ({CaseWords.Of(o.VitalStatus)})");
        }

        return [.. events.OrderBy(e => e.Date).ThenBy(e => e.Order).Select(e => new ChronologyEntry(e.Date.Text, e.Text))];
    }
}
