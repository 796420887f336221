using Alkboard.Core.Cases;
using Alkboard.Core.Import;

namespace Alkboard.Cli.Rendering;

/// <summary>What <c>alkboard import</c> read from each file and added to the case (docs/import.md gives the JSON contract).</summary>
internal static class ImportSummaryRenderer
{
    public static void Write(TextWriter writer, string caseFile, string? output, IReadOnlyList<LabFileImport> imports, CaseImportResult result, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(writer, new
            {
                @case = caseFile,
                output,
                files = imports.Select(FileJson),
                tests = result.AddedTests.Select(t => new { id = t.Id, sample = t.Results.FirstOrDefault()?.Provenance?.Sample, results = t.Results.Length }),
            });
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

    public static object FileJson(LabFileImport import) => new
    {
        file = import.File,
        format = FormatWord(import.Format),
        sha256 = import.Sha256,
        caller = import.Caller,
        callerVersion = import.CallerVersion,
        genomeBuild = import.GenomeBuild,
        sample = import.Sample,
        counts = import.Counts,
        notes = import.Notes,
        results = import.Results.Select(r => new { kind = r.Kind, text = r.Describe(), line = r.Provenance?.Line }),
        errors = import.Errors.Select(DiagnosticPrinter.ToJson),
    };

    public static string FormatWord(LabFileFormat? format) => format switch
    {
        LabFileFormat.Vcf => "vcf",
        LabFileFormat.Maf => "maf",
        LabFileFormat.Arriba => "arriba",
        LabFileFormat.StarFusion => "star_fusion",
        LabFileFormat.FusionCatcher => "fusioncatcher",
        LabFileFormat.FusionTable => "fusion_table",
        _ => "unknown",
    };

    /// <summary>The alteration text <c>interpret</c> reads for an imported result.</summary>
    public static string AlterationText(MolecularResult result) => result switch
    {
        SequenceVariant v => $"{v.Gene} {v.HgvsProtein ?? v.HgvsCdna}",
        FusionCall { FivePrimeGene: null } f => $"{f.ThreePrimeGene} rearrangement",
        FusionCall f => $"{f.FivePrimeGene}::{f.ThreePrimeGene}",
        _ => result.Describe(),
    };
}
