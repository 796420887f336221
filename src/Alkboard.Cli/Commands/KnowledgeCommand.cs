using System.CommandLine;
using Alkboard.Cli.Rendering;
using Alkboard.Contracts.Genomics;
using Alkboard.Contracts.Knowledge;
using Alkboard.Core.Diagnostics;
using Alkboard.Core.Knowledge;

namespace Alkboard.Cli.Commands;

/// <summary><c>alkboard kb info|validate|map|publish|releases</c>.</summary>
internal static class KnowledgeCommand
{
    public static Command Create(CommandContext context)
    {
        var kb = new Command("kb", "The knowledge base: release, contents, validation");
        var infoFormat = AlkboardApp.FormatOption();
        var info = new Command("info", "Release and counts by kind and by source file") { infoFormat };
        info.SetAction(parse => Info(context, parse.GetValue(infoFormat)));
        var validateFormat = AlkboardApp.FormatOption();
        var validate = new Command("validate", "Check schema, references and citations of every knowledge file") { validateFormat };
        validate.SetAction(parse => Validate(context, parse.GetValue(validateFormat)));
        var mapFormat = AlkboardApp.FormatOption();
        var mapDrug = new Option<string?>("--drug") { Description = "Only this drug's column (a name, brand or code the vocabulary knows)" };
        var mapMutation = new Option<string?>("--mutation") { Description = "Only this mutation's row, e.g. \"ALK G1202R\" or \"G1202R\"" };
        var map = new Command("map", "The ALK resistance map: every sourced mutation x inhibitor cell with its evidence") { mapFormat, mapDrug, mapMutation };
        map.SetAction(parse => Map(context, parse.GetValue(mapFormat), parse.GetValue(mapDrug), parse.GetValue(mapMutation)));
        var publishTo = new Option<string>("--to") { Description = "The folder of published releases; the release goes into DIR/RELEASE and is never overwritten", Required = true };
        var publish = new Command("publish", "Publish the knowledge folder as a read-only release with a SHA-256 manifest (only a valid knowledge base, only a new release id)") { publishTo };
        publish.SetAction(parse => Publish(context, parse.GetValue(publishTo)!));
        var releasesFolder = new Argument<string>("releases-dir") { Description = "A folder of published releases" };
        var releasesFormat = AlkboardApp.FormatOption();
        var releases = new Command("releases", "List the published releases of a folder, each verified against its manifest") { releasesFolder, releasesFormat };
        releases.SetAction(parse => Releases(context, parse.GetValue(releasesFolder)!, parse.GetValue(releasesFormat)));
        kb.Subcommands.Add(info);
        kb.Subcommands.Add(validate);
        kb.Subcommands.Add(map);
        kb.Subcommands.Add(publish);
        kb.Subcommands.Add(releases);
        return kb;
    }

    private static int Publish(CommandContext context, string to)
    {
        if (context.KnowledgeRelease is not null)
        {
            context.Error.WriteLine("alkboard kb publish: publishes a knowledge folder; --kb-release names one already published");
            return ExitCodes.Usage;
        }

        if (KnowledgeSource.FolderFor(context) is not { } folder)
        {
            context.Error.WriteLine("alkboard: no knowledge base found (give --kb DIR, or set ALKBOARD_KNOWLEDGE to the knowledge folder)");
            return ExitCodes.InvalidInput;
        }

        var (release, problems) = KnowledgeReleases.Publish(folder, to);
        DiagnosticPrinter.Print(context.Error, problems);
        if (release is null)
        {
            context.Error.WriteLine("alkboard kb publish: nothing published");
            return ExitCodes.InvalidInput;
        }

        context.Out.WriteLine($"published release {release.Id}: {release.Files} files, manifest {Path.Combine(release.Folder, KnowledgeReleases.ManifestFile)}");
        return ExitCodes.Ok;
    }

    private static int Releases(CommandContext context, string folder, OutputFormat format)
    {
        if (!Directory.Exists(folder))
        {
            context.Error.WriteLine($"{folder}: error {KnowledgeErrorCodes.ReleaseNotFound}: no such folder");
            return ExitCodes.InvalidInput;
        }

        var releases = KnowledgeReleases.List(folder);
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Out, KnowledgeReleasesJson.From(Path.GetFullPath(folder), releases));
        }
        else
        {
            context.Out.WriteLine(releases.Count == 0 ? $"{folder}: no published releases" : $"{releases.Count} published release(s) in {folder}");
            foreach (var r in releases)
            {
                context.Out.WriteLine($"{r.Id}: {r.Files} files, {(r.Verified ? "verified against its manifest" : $"MODIFIED ({r.Problems.Count} difference(s))")}");
            }

            DiagnosticPrinter.Print(context.Error, releases.SelectMany(r => r.Problems));
        }

        return ExitCodes.For(releases.SelectMany(r => r.Problems));
    }

    private static int Info(CommandContext context, OutputFormat format)
    {
        if (context.Knowledge() is not { } kb)
        {
            return ExitCodes.InvalidInput;
        }

        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Out, KnowledgeSummaryJson.From(kb));
            return ExitCodes.Ok;
        }

        var o = context.Out;
        o.WriteLine($"Knowledge base release {kb.Release} ({kb.ReleaseDate})");
        o.WriteLine($"Content SHA-256 {kb.ContentDigest} (of its manifest: the same content gives the same value)");
        o.WriteLine($"Genes {kb.Genes.Length}, drugs {kb.Drugs.Count}, approvals {kb.Approvals.Length}, citations {kb.Citations.Count}, statements {kb.Statements.Length}");
        foreach (var group in kb.Statements.GroupBy(s => s.SourceFile).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            o.WriteLine($"  {group.Count(),4} statements from {group.Key}");
        }

        o.WriteLine("By level: " + string.Join(", ", kb.Statements.GroupBy(s => EvidenceLevels.Code(s.Level)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        o.WriteLine("By kind: " + string.Join(", ", kb.Statements.GroupBy(s => InterpretationJson.KindWord(s.Alteration.Kind)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        o.WriteLine($"CIViC items not imported: {kb.NotImported.Length}");
        foreach (var reason in kb.NotImported)
        {
            o.WriteLine("  " + reason);
        }

        return ExitCodes.Ok;
    }

    private static int OptionError(CommandContext context, string code, string option, string message)
    {
        var diagnostics = new[] { new Diagnostic(code, message, new SourceLocation(option, 0, 0, string.Empty)) };
        DiagnosticPrinter.Print(context.Error, diagnostics);
        return ExitCodes.For(diagnostics);
    }

    private static int Map(CommandContext context, OutputFormat format, string? drugText, string? mutationText)
    {
        if (context.Knowledge() is not { } kb)
        {
            return ExitCodes.InvalidInput;
        }

        string? drug = null;
        if (drugText is not null)
        {
            if (kb.Vocabulary.Resolve(drugText) is not { } resolved || !kb.Vocabulary.IsAlkInhibitor(resolved))
            {
                return OptionError(context, OptionErrorCodes.MapDrugNotAnInhibitor, "--drug", $"'{drugText}' is not an ALK inhibitor of knowledge base {kb.Release} (inhibitors: {string.Join(", ", ResistanceMap.Inhibitors(kb))})");
            }

            drug = resolved.Value;
        }

        string? mutation = null;
        if (mutationText is not null)
        {
            var text = mutationText.Trim();
            var parsed = Alkboard.Core.Genomics.AlterationParser.Parse(text.StartsWith("ALK", StringComparison.OrdinalIgnoreCase) ? text : "ALK " + text, kb.Catalog);
            if (parsed.Alteration is not { Kind: Alkboard.Core.Genomics.AlterationKind.Mutation or Alkboard.Core.Genomics.AlterationKind.Compound } alteration)
            {
                return OptionError(context, OptionErrorCodes.MapMutationNotAMutation, "--mutation", $"'{mutationText}' is not an ALK mutation{(parsed.Error is { } m ? $" ({m.Message})" : string.Empty)}");
            }

            mutation = alteration.Normalized;
        }

        var cells = ResistanceMap.Build(kb).Where(c => (drug is null || c.Drug == drug) && (mutation is null || c.Mutation == mutation)).ToList();
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Out, new ResistanceMapJson(kb.Release, "A cell exists only where a statement exists; an absent cell is not sourced, not sensitive.", [.. cells.Select(MapCellJson.From)]));
            return ExitCodes.Ok;
        }

        var o = context.Out;
        o.WriteLine($"ALK resistance map, knowledge base {kb.Release}: {cells.Count} cell(s).");
        o.WriteLine("R resistant, S sensitive, ± conflicting; (c) on clinical evidence, (p) on preclinical evidence only; · not sourced (not 'sensitive').");
        var columns = drug is null ? ResistanceMap.Inhibitors(kb) : [drug];
        var width = Math.Max(14, cells.Select(c => c.Mutation.Length).DefaultIfEmpty(0).Max() + 2);
        o.WriteLine();
        o.WriteLine("".PadRight(width) + string.Concat(columns.Select(c => c.PadRight(12))));
        foreach (var row in cells.GroupBy(c => c.Mutation))
        {
            o.WriteLine(row.Key.PadRight(width) + string.Concat(columns.Select(c => Mark(row.FirstOrDefault(x => x.Drug == c)).PadRight(12))));
        }

        // The evidence behind each cell when the selection is narrow enough to read.
        if (drug is not null || mutation is not null)
        {
            foreach (var cell in cells)
            {
                o.WriteLine();
                o.WriteLine($"{cell.Mutation} x {cell.Drug}: {cell.Call.ToString().ToLowerInvariant()} ({cell.Basis})");
                foreach (var e in cell.Evidence)
                {
                    var direction = e.Direction == EffectDirection.Resistance ? "resistance" : "sensitivity";
                    o.WriteLine($"  - {direction}, level {EvidenceLevels.Code(e.Level)}, {e.Design}, {e.TumorType}: {e.Summary} [{string.Join(", ", e.References)}]");
                }
            }
        }
        else
        {
            o.WriteLine();
            o.WriteLine("The evidence behind each cell: alkboard kb map --mutation \"G1202R\" (or --drug NAME), or --format json.");
        }

        if (cells.Count == 0)
        {
            o.WriteLine("No statement in the knowledge base covers this selection: not sourced.");
        }

        return ExitCodes.Ok;
    }

    private static string Mark(MapCell? cell) => cell is null ? "·" : (cell.Call switch
    {
        MapCall.Resistant => "R",
        MapCall.Sensitive => "S",
        _ => "±",
    }) + (cell.Basis == "clinical" ? " (c)" : " (p)");

    private static int Validate(CommandContext context, OutputFormat format)
    {
        var folder = KnowledgeSource.FolderFor(context);
        var (kb, problems) = folder is null ? (null, []) : KnowledgeLoader.Load(folder);
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Out, KnowledgeValidationJson.From(folder, kb?.Release, problems));
        }
        else if (kb is not null)
        {
            context.Out.WriteLine($"knowledge base {kb.Release} is valid: {kb.Statements.Length} statements, every one cited and levelled; every drug, gene and citation defined");
        }
        else
        {
            foreach (var p in problems)
            {
                context.Out.WriteLine(p.ToString());
            }

            context.Out.WriteLine(folder is null ? "no knowledge folder found" : $"knowledge base invalid: {problems.Count} problem(s)");
        }

        return kb is null ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }
}
