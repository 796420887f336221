using Alkboard.Contracts.Import;
using Alkboard.Core.Cases;
using Alkboard.Core.Import;

namespace Alkboard.Cli.Rendering;

/// <summary>What <c>alkboard import</c> read from each file and added to the case (docs/import.md gives the JSON contract).</summary>
internal static class ImportSummaryRenderer
{
    public static void Write(TextWriter writer, string caseFile, string? output, IReadOnlyList<LabFileImport> imports, CaseImportResult result, OutputFormat format, IReadOnlyList<OncoKbComparison>? oncoKb = null)
    {
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(writer, ImportSummaryJson.From(caseFile, output, imports, result, oncoKb));
            return;
        }

        foreach (var import in imports)
        {
            WriteFile(writer, import);
        }

        foreach (var test in result.AddedTests)
        {
            writer.WriteLine($"added test {test.Id}: {test.Results.Length} result(s)");
            foreach (var r in test.Results)
            {
                writer.WriteLine($"  {r.Describe()}  [{r.Provenance!.File}:{r.Provenance.Line}]");
            }
        }

        OncoKbRenderer.Write(writer, oncoKb ?? []);
        writer.WriteLine(output is null ? $"new case written to standard output ({caseFile} unchanged)" : $"new case written to {output} ({caseFile} unchanged)");
    }

    /// <summary>One file's header, counts and notes, in the table form.</summary>
    public static void WriteFile(TextWriter writer, LabFileImport import)
    {
        writer.WriteLine($"{import.File}: {FormatWord(import.Format)}, caller {import.Caller ?? "not stated"}{(import.CallerVersion is null ? string.Empty : " " + import.CallerVersion)}, " +
            $"genome build {import.GenomeBuild ?? "not stated"}, sample {import.Sample ?? "none"}, sha256 {import.Sha256}");
        foreach (var (what, count) in import.Counts)
        {
            writer.WriteLine($"  {count,7}  {what}");
        }

        foreach (var note in import.Notes)
        {
            writer.WriteLine($"  note: {note}");
        }
    }

    /// <summary>The format word shared with the JSON contract.</summary>
    public static string FormatWord(LabFileFormat? format) => ImportFileJson.FormatWord(format);

    /// <summary>The alteration text <c>interpret</c> reads for an imported result.</summary>
    public static string AlterationText(MolecularResult result) => ImportedAlteration.Text(result);
}
