using System.CommandLine;
using Alkboard.Cli.Rendering;
using Alkboard.Contracts.Genomics;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Evidence;
using Alkboard.Core.Import;

namespace Alkboard.Cli.Commands;

/// <summary><c>alkboard interpret &lt;alteration...&gt; [--tumor IMT]</c>: what each alteration means, with cited implications per drug.</summary>
internal static class InterpretCommand
{
    public static Command Create(CommandContext context)
    {
        var alterations = new Argument<string[]>("alteration") { Description = "Alterations, e.g. \"EML4::ALK\" \"ALK G1202R+L1196M\" \"p.Leu1196Gln\" \"MET amplification\"", Arity = ArgumentArity.ZeroOrMore };
        var files = new Option<string[]>("--file") { Description = "Lab files to interpret directly (VCF, MAF, fusion callers, OncoKB annotator tables, copy-number tables); what was read is summarised on standard error, OncoKB levels in them are shown beside Alkboard's", AllowMultipleArgumentsPerToken = true };
        var sample = new Option<string?>("--sample") { Description = "With --file: the tumor sample column of a multi-sample VCF" };
        var tumor = new Option<string>("--tumor") { Description = "The patient's tumor type (IMT, EIMS, NSCLC, ...); evidence from other types is marked extrapolated", DefaultValueFactory = _ => "IMT" };
        var format = AlkboardApp.FormatOption();
        var command = new Command("interpret", "Interpret alterations against the knowledge base: normalized form, role, and per-drug implications with level, direction, tumor-type match and citations")
        {
            alterations, files, sample, tumor, format,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(alterations) is not { Length: > 0 } && r.GetValue(files) is not { Length: > 0 })
            {
                r.AddError("give at least one alteration or --file");
            }
        });
        command.SetAction(parse => Run(context, parse.GetValue(alterations) ?? [], parse.GetValue(files) ?? [], parse.GetValue(sample), parse.GetValue(tumor)!, parse.GetValue(format)));
        return command;
    }

    private static int Run(CommandContext context, string[] alterations, string[] files, string? sample, string tumor, OutputFormat format)
    {
        if (context.Knowledge() is not { } kb)
        {
            return ExitCodes.InvalidInput;
        }

        var inputs = alterations.Select(a => (Text: a, Caveats: (IReadOnlyList<string>)[])).ToList();
        var imports = new List<LabFileImport>();
        foreach (var file in files)
        {
            var import = context.ImportLabFile(file, new ImportOptions(sample, UseIndex: true), kb);
            if (!import.Success)
            {
                DiagnosticPrinter.Print(context.Error, import.Errors);
                context.Error.WriteLine($"{file}: rejected whole, {import.Errors.Length} error(s); nothing interpreted");
                return ExitCodes.InvalidInput;
            }

            ImportSummaryRenderer.WriteFile(context.Error, import);
            inputs.AddRange(import.Results.GroupBy(ImportSummaryRenderer.AlterationText, StringComparer.Ordinal)
                .Select(g => (g.Key, (IReadOnlyList<string>)[.. ImportedAlteration.Caveats(g)])));
            imports.Add(import);
        }

        if (inputs.Count == 0)
        {
            context.Error.WriteLine("alkboard interpret: the files hold no result to interpret (see the counts above)");
            return ExitCodes.Ok;
        }

        if (kb.FindTumorType(tumor) is not { } type)
        {
            var known = kb.TumorTypes.Select(t => t.Code).ToList();
            var nearest = NearestName.Suggest(tumor, known);
            context.Error.WriteLine($"alkboard interpret: --tumor: '{tumor}' is not a tumor type of the knowledge base ({string.Join(", ", known)}){(nearest is null ? string.Empty : $"; did you mean '{nearest}'?")}");
            return ExitCodes.Usage;
        }

        tumor = type.Code;
        // A result's caveats (a fusion orientation the file does not give) go with the interpretation of its text.
        var results = inputs.Select(i =>
        {
            var r = Interpreter.Interpret(i.Text, tumor, kb);
            return i.Caveats.Count == 0 ? r : r with { Notes = r.Notes.AddRange(i.Caveats) };
        }).ToList();

        // A file's OncoKB levels go beside the interpretation of the same alteration text; they never enter it.
        var annotated = OncoKbAnnotations.Of(imports).ToLookup(a => ImportSummaryRenderer.AlterationText(a.Result), StringComparer.Ordinal);
        IReadOnlyList<OncoKbComparison> OncoKbOf(Interpretation r) => [.. annotated[r.Input].Select(a => OncoKbComparer.Compare(a, r, tumor, kb))];
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write<IReadOnlyList<InterpretedAlterationJson>>(context.Out, [.. results.Select(r => InterpretedAlterationJson.From(r, kb, OncoKbOf(r)))]);
        }
        else
        {
            InterpretationRenderer.Render(context.Console(), results, tumor, kb, OncoKbOf);
        }

        foreach (var failed in results.Where(r => r.Error is not null))
        {
            var candidates = failed.Candidates.IsDefaultOrEmpty ? string.Empty : $" Candidates: {string.Join("; ", failed.Candidates)}.";
            context.Error.WriteLine($"alkboard interpret: error {failed.Error!.Code} in '{failed.Input}': {failed.Error.Message}.{candidates}");
        }

        return ExitCodes.For(results.Where(r => r.Error is not null).Select(r => r.Error!));
    }
}
