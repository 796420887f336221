using System.Collections.Immutable;
using System.CommandLine;
using Alkboard.Cli.Rendering;
using Alkboard.Core.Cases;
using Alkboard.Core.Diagnostics;
using Alkboard.Core.Import;
using Alkboard.Core.Import.Cbioportal;
using Alkboard.Reports;

namespace Alkboard.Cli.Commands;

/// <summary>
/// <c>alkboard import-study &lt;folder&gt; [--output DIR]</c>: reads a cBioPortal study folder into one
/// case per patient (docs/import-study.md). The cases are written only when the whole study reads
/// without an error, into a folder that did not exist or was empty; without --output the study is
/// checked and summarised and nothing is written.
/// </summary>
internal static class ImportStudyCommand
{
    public static Command Create(CommandContext context)
    {
        var folder = new Argument<string>("folder") { Description = "A cBioPortal study folder (meta_study.txt, meta_*.txt and their data files)" };
        var output = new Option<string?>("--output", "-o") { Description = "Write one case file per patient into this folder (new or empty); without it the study is checked and nothing is written" };
        var indexDate = new Option<string?>("--index-date") { Description = "The date of timeline day 0 for every patient, a full date (YYYY-MM-DD): every timeline day is an exact offset from it" };
        var anchors = new Option<string?>("--anchors") { Description = "A file of PATIENT_ID<TAB>DATE lines: the date (YYYY-MM-DD) of each patient's timeline day 0" };
        var dataFiles = new Option<string[]>("--data-file") { Description = "META=DATA: read DATA for the meta file META where its data_filename is wrong (repeatable)", AllowMultipleArgumentsPerToken = false };
        var allGenes = new Option<bool>("--all-genes") { Description = "Add results in every gene, not only the knowledge base's genes (the others are otherwise counted)" };
        var sourceUrl = new Option<string?>("--source-url") { Description = "The study's page, recorded as each case's source (needed when meta_study.txt names no pmid)" };
        var synthetic = new Option<bool>("--synthetic") { Description = "The study is made up (test data): its cases are marked synthetic" };
        var format = AlkboardApp.FormatOption();
        var command = new Command("import-study", "Import a cBioPortal study folder: one case per patient with its molecular tests (with provenance), lines of therapy and outcome")
        {
            folder, output, indexDate, anchors, dataFiles, allGenes, sourceUrl, synthetic, format,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(indexDate) is not null && r.GetValue(anchors) is not null)
            {
                r.AddError("give --index-date or --anchors, not both");
            }
        });
        command.SetAction(parse => Run(context, new Request(parse.GetValue(folder)!, parse.GetValue(output), parse.GetValue(indexDate), parse.GetValue(anchors),
            parse.GetValue(dataFiles) ?? [], parse.GetValue(allGenes), parse.GetValue(sourceUrl), parse.GetValue(synthetic)), parse.GetValue(format)));
        return command;
    }

    private sealed record Request(string Folder, string? Output, string? IndexDate, string? Anchors, string[] DataFiles, bool AllGenes, string? SourceUrl, bool Synthetic);

    private static int Run(CommandContext context, Request request, OutputFormat format)
    {
        if (context.Knowledge() is not { } kb)
        {
            return ExitCodes.InvalidInput;
        }

        var errors = new List<Diagnostic>();
        var options = Options(request, errors);
        if (request.Output is { } target && (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())))
        {
            errors.Add(new Diagnostic(ImportErrorCodes.OutputFolderNotEmpty,
                File.Exists(target) ? "is a file; --output names a folder for the case files" : "exists and is not empty; import-study never overwrites: give a new or empty folder",
                new SourceLocation(target, 0, 0, string.Empty)));
        }

        if (errors.Count > 0)
        {
            DiagnosticPrinter.Print(context.Error, errors);
            context.Error.WriteLine("alkboard import-study: nothing written");
            return ExitCodes.InvalidInput;
        }

        var study = StudyImporter.Import(request.Folder, options!, kb);
        if (!study.Success)
        {
            DiagnosticPrinter.Print(context.Error, study.AllDiagnostics);
            context.Error.WriteLine($"{request.Folder}: study rejected whole, {study.AllDiagnostics.Count(d => d.IsError)} error(s); alkboard import-study: nothing written");
            return ExitCodes.InvalidInput;
        }

        if (request.Output is { } path)
        {
            Write(path, study);
        }

        DiagnosticPrinter.Print(context.Error, study.AllDiagnostics);
        StudySummaryRenderer.Write(context.Out, study, request.Output, format);
        return ExitCodes.Ok;
    }

    private static StudyOptions? Options(Request request, List<Diagnostic> errors)
    {
        PartialDate? index = null;
        if (request.IndexDate is { } text)
        {
            var parsed = PartialDate.Parse(text);
            if (parsed.Success && AnchorFile.DayOnly(parsed.Value, IndexDateInstead) is { } coarse)
            {
                errors.Add(Option("--index-date", coarse));
            }
            else if (parsed.Success)
            {
                index = parsed.Value;
            }
            else
            {
                errors.Add(Option("--index-date", $"'{text}' is not a date: {parsed.Message}"));
            }
        }

        ImmutableDictionary<string, PartialDate>? anchors = null;
        if (request.Anchors is { } file)
        {
            var (read, anchorErrors) = AnchorFile.Read(file);
            errors.AddRange(anchorErrors);
            anchors = read;
        }

        var map = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var pair in request.DataFiles)
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0 || at == pair.Length - 1)
            {
                errors.Add(Option("--data-file", $"'{pair}' is not META=DATA (e.g. meta_timeline.txt=data_timeline_treatment.txt)"));
            }
            else if (!map.TryAdd(pair[..at], pair[(at + 1)..]))
            {
                errors.Add(Option("--data-file", $"{pair[..at]} is mapped twice"));
            }
        }

        if (request.SourceUrl is { } url && url.Trim().Length == 0)
        {
            errors.Add(Option("--source-url", "is empty"));
        }

        return errors.Count > 0 ? null : new StudyOptions(index, anchors, map.ToImmutable(), request.AllGenes, request.SourceUrl, request.Synthetic, request.Anchors);
    }

    /// <summary>Writes every case into a new folder beside the target, then moves it into place, so a failure leaves no half-written study.</summary>
    private static void Write(string target, StudyImport study)
    {
        var full = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(full)) ?? ".";
        var staging = Path.Combine(parent, $".{Path.GetFileName(Path.TrimEndingDirectorySeparator(full))}.alkboard-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var patient in study.Patients)
            {
                File.WriteAllText(Path.Combine(staging, patient.CaseFile), patient.CaseJson);
            }

            if (Directory.Exists(full))
            {
                Directory.Delete(full);
            }

            Directory.Move(staging, full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw new OutputWriteException($"cannot write the cases to '{target}': {ex.Message}", ex);
        }
    }

    private const string IndexDateInstead = "leave --index-date out (the timeline rows are then listed as not placed and only the molecular data are imported)";

    private static Diagnostic Option(string option, string message) =>
        new(ImportErrorCodes.StudyOption, message, new SourceLocation(option, 0, 0, string.Empty));
}
