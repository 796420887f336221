using System.CommandLine;
using Alkboard.Cli.Rendering;
using Alkboard.Core.Cases;
using Alkboard.Core.Diagnostics;
using Alkboard.Core.Import;
using Alkboard.Reports;

namespace Alkboard.Cli.Commands;

/// <summary>
/// <c>alkboard import &lt;files...&gt; --case CASE</c>: reads lab files (VCF, fusion callers) and writes
/// a new case with one molecular test per sample. The original case file is never written.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CommandContext context)
    {
        var files = new Argument<string[]>("files") { Description = "Lab files: VCF (plain or BGZF), MAF, Arriba fusions.tsv, STAR-Fusion, FusionCatcher final list, OncoKB annotator tables, copy-number tables", Arity = ArgumentArity.OneOrMore };
        var caseFile = new Option<string>("--case") { Description = "The case to add the tests to (.json, .yaml, .yml); it is not changed", Required = true };
        var sample = new Option<string?>("--sample") { Description = "The tumor sample column of a multi-sample VCF (else ##tumor_sample= or the only sample)" };
        var date = new Option<string?>("--date") { Description = "When the sample was taken (YYYY, YYYY-MM, YYYY-MM-DD or A/B); left out when not given" };
        var line = new Option<int?>("--line") { Description = "For undated histories: the line of therapy during or at the end of which the sample was taken" };
        var specimen = new Option<string?>("--specimen") { Description = "tissue, plasma or unknown (default unknown)" };
        var method = new Option<string?>("--method") { Description = "dna_panel, rna_panel, wes, wgs, rna_seq, pcr, ... (default unspecified)" };
        var allGenes = new Option<bool>("--all-genes") { Description = "Add results in every gene, not only the knowledge base's genes (the others are otherwise counted in the summary)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the new case here (JSON); default: standard output, with the summary on standard error" };
        var format = AlkboardApp.FormatOption();
        var command = new Command("import", "Add lab files' results to a case as molecular tests, with provenance; writes a new case and leaves the original untouched")
        {
            files, caseFile, sample, date, line, specimen, method, allGenes, output, format,
        };
        command.SetAction(parse => Run(context, new Request(parse.GetValue(files)!, parse.GetValue(caseFile)!, parse.GetValue(sample), parse.GetValue(date),
            parse.GetValue(line), parse.GetValue(specimen), parse.GetValue(method), parse.GetValue(allGenes), parse.GetValue(output)), parse.GetValue(format)));
        return command;
    }

    private sealed record Request(string[] Files, string Case, string? Sample, string? Date, int? Line, string? Specimen, string? Method, bool AllGenes, string? Output);

    private static int Run(CommandContext context, Request request, OutputFormat format)
    {
        if (context.Knowledge() is not { } kb)
        {
            return ExitCodes.InvalidInput;
        }

        var optionErrors = new List<Diagnostic>();
        var details = Details(request, optionErrors);
        if (request.Output is { } target && Path.GetFullPath(target) == Path.GetFullPath(request.Case))
        {
            optionErrors.Add(Option("--output", "names the case file itself; import never overwrites the original case: give another file"));
        }

        if (optionErrors.Count > 0)
        {
            DiagnosticPrinter.Print(context.Error, optionErrors);
            return ExitCodes.InvalidInput;
        }

        var imports = request.Files.Select(f => context.ImportLabFile(f, new ImportOptions(request.Sample, request.AllGenes), kb)).ToList();
        if (imports.Any(i => !i.Success))
        {
            foreach (var failed in imports.Where(i => !i.Success))
            {
                DiagnosticPrinter.Print(context.Error, failed.Errors);
                context.Error.WriteLine($"{failed.File}: rejected whole, {failed.Errors.Length} error(s)");
            }

            context.Error.WriteLine("alkboard import: nothing written");
            return ExitCodes.InvalidInput;
        }

        var result = CaseImporter.AddToCase(request.Case, imports, details!, kb);
        if (!result.Success)
        {
            DiagnosticPrinter.Print(context.Error, result.Errors);
            context.Error.WriteLine("alkboard import: nothing written");
            return ExitCodes.InvalidInput;
        }

        var summaryTo = context.Error;
        if (request.Output is { } path)
        {
            try
            {
                File.WriteAllText(path, result.CaseJson);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new OutputWriteException($"cannot write '{path}': {ex.Message}", ex);
            }

            summaryTo = context.Out;
        }
        else
        {
            context.Out.Write(result.CaseJson);
        }

        DiagnosticPrinter.Print(context.Error, result.Errors);
        var oncoKb = OncoKbComparer.CompareAll(OncoKbAnnotations.Of(imports), PrimaryTumor.TypeCode(PrimaryTumor.Of(result.Case!)), kb);
        ImportSummaryRenderer.Write(summaryTo, request.Case, request.Output, imports, result, format, oncoKb);
        return ExitCodes.Ok;
    }

    private static ImportedTestDetails? Details(Request request, List<Diagnostic> errors)
    {
        PartialDate? date = null;
        if (request.Date is { } text)
        {
            var parsed = PartialDate.Parse(text);
            if (parsed.Success)
            {
                date = parsed.Value;
            }
            else
            {
                errors.Add(Option("--date", $"'{text}' is not a date: {parsed.Message}"));
            }
        }

        var method = TestMethod.Unspecified;
        if (request.Method is { } m && CaseWords.Parse<TestMethod>(m) is not { } parsedMethod)
        {
            errors.Add(Option("--method", $"'{m}' is not a method; expected one of {string.Join(", ", CaseWords.All<TestMethod>())}"));
        }
        else if (request.Method is not null)
        {
            method = CaseWords.Parse<TestMethod>(request.Method)!.Value;
        }

        var specimen = SpecimenKind.Unknown;
        if (request.Specimen is { } s && CaseWords.Parse<SpecimenKind>(s) is not { } parsedSpecimen)
        {
            errors.Add(Option("--specimen", $"'{s}' is not a specimen type; expected one of {string.Join(", ", CaseWords.All<SpecimenKind>())}"));
        }
        else if (request.Specimen is not null)
        {
            specimen = CaseWords.Parse<SpecimenKind>(request.Specimen)!.Value;
        }

        if (request.Line is < 1 or > 99)
        {
            errors.Add(Option("--line", $"{request.Line} is not a line number (1-99)"));
        }

        return errors.Count > 0 ? null : new ImportedTestDetails(date, request.Line, method, new Specimen(specimen, null));
    }

    private static Diagnostic Option(string option, string message) =>
        new(ImportErrorCodes.InvalidOption, message, new SourceLocation(option, 0, 0, string.Empty));
}
