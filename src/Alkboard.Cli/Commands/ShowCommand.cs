using System.CommandLine;
using Alkboard.Cli.Rendering;
using Alkboard.Contracts.Timeline;
using Alkboard.Core.Timeline;

namespace Alkboard.Cli.Commands;

/// <summary><c>alkboard show &lt;case&gt;</c>: the case as a readable timeline.</summary>
internal static class ShowCommand
{
    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("case") { Description = "A case file (.json, .yaml, .yml)" };
        var format = AlkboardApp.FormatOption();
        var command = new Command("show", "Show a case: diagnosis, tests and findings, lines with durations, local therapy, responses, adverse events") { file, format };
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(format)));
        return command;
    }

    private static int Run(CommandContext context, string file, OutputFormat format)
    {
        if (context.LoadCase(file) is not { } patientCase)
        {
            return ExitCodes.InvalidInput;
        }

        var view = CaseViewBuilder.Build(patientCase, file.Replace('\\', '/'));
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Out, CaseViewJson.From(view));
        }
        else
        {
            CaseViewRenderer.Render(context.Console(), view);
        }

        return ExitCodes.Ok;
    }
}
