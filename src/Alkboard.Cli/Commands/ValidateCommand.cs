using System.CommandLine;
using Alkboard.Cli.Rendering;
using Alkboard.Contracts.Cases;
using Alkboard.Core.Cases.Loading;

namespace Alkboard.Cli.Commands;

/// <summary><c>alkboard validate &lt;files...&gt;</c>: checks case files and lists every error.</summary>
internal static class ValidateCommand
{
    public static Command Create(CommandContext context)
    {
        var files = new Argument<string[]>("files") { Description = "Case files (.json, .yaml, .yml)", Arity = ArgumentArity.OneOrMore };
        var format = AlkboardApp.FormatOption();
        var command = new Command("validate", "Check case files; list every error with file, line, JSON path and code") { files, format };
        command.SetAction(parse => Run(context, parse.GetValue(files)!, parse.GetValue(format)));
        return command;
    }

    private static int Run(CommandContext context, string[] files, OutputFormat format)
    {
        if (context.Knowledge() is not { } kb)
        {
            return ExitCodes.InvalidInput;
        }

        var results = files.Select(f => CaseLoader.LoadFile(f, kb.Vocabulary)).ToList();
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write<IReadOnlyList<CaseValidationJson>>(context.Out, [.. results.Select(CaseValidationJson.From)]);
        }
        else
        {
            foreach (var result in results)
            {
                if (result.Success)
                {
                    DiagnosticPrinter.Print(context.Out, result.Warnings);
                    var warnings = result.Warnings.Count();
                    context.Out.WriteLine($"{result.File}: valid (patient {result.Case!.Patient.Id}){(warnings > 0 ? $", {warnings} warning(s)" : string.Empty)}");
                }
                else
                {
                    DiagnosticPrinter.Print(context.Out, result.Errors);
                    context.Out.WriteLine($"{result.File}: invalid, {result.Errors.Count(e => e.IsError)} error(s)");
                }
            }
        }

        return results.All(r => r.Success) ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }
}
