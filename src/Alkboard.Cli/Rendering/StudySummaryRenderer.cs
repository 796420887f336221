using Alkboard.Contracts.Import;
using Alkboard.Core.Import.Cbioportal;

namespace Alkboard.Cli.Rendering;

/// <summary>What <c>alkboard import-study</c> read and made (docs/import-study.md gives the JSON contract).</summary>
internal static class StudySummaryRenderer
{
    public static void Write(TextWriter writer, StudyImport study, string? output, OutputFormat format)
    {
        var summary = StudyImportSummaryJson.From(study, output);
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(writer, summary);
            return;
        }

        writer.WriteLine($"study {summary.Study}: {summary.Name ?? "(no name)"}; cancer type {summary.CancerType}{(summary.CancerTypeName is null ? string.Empty : $" ({summary.CancerTypeName})")}; genome build {summary.GenomeBuild ?? "not stated"}");
        foreach (var file in summary.Files)
        {
            writer.WriteLine($"{file.File}: {file.Datatype}{(file.Meta is null ? string.Empty : $" ({file.Meta})")}, genome build {file.GenomeBuild ?? "not stated"}, sha256 {file.Sha256}");
            foreach (var (what, count) in file.Counts)
            {
                writer.WriteLine($"  {count,7}  {what}");
            }

            foreach (var note in file.Notes)
            {
                writer.WriteLine($"  note: {note}");
            }
        }

        foreach (var note in summary.Notes)
        {
            writer.WriteLine($"note: {note}");
        }

        var t = summary.Totals;
        writer.WriteLine($"patients {t.Patients}, samples {t.Samples}, molecular tests {t.Tests}, results {t.Results}, lines of therapy {t.Lines}, assessments {t.Assessments}, timeline rows not placed {t.Unplaced}");
        foreach (var u in summary.Unplaced)
        {
            writer.WriteLine($"  not placed: {u.File}:{u.Line} {u.Patient} {u.EventType} day {u.StartDay}: {u.Reason}");
        }

        foreach (var p in summary.Patients)
        {
            writer.WriteLine($"{p.Id}: {p.Samples.Count} sample(s), {p.Tests} test(s), {p.Results} result(s), {p.Lines} line(s), {p.Assessments} assessment(s); {p.Histology}{(p.CancerTypeCode is null ? string.Empty : $" ({p.CancerTypeCode})")} -> {p.CaseFile}");
        }

        writer.WriteLine(output is null ? $"checked only: {t.Patients} case(s), nothing written (give --output DIR to write them)" : $"{t.Patients} case file(s) written to {output}");
    }
}
