using System.CommandLine;
using Alkboard.Cli.Commands;

namespace Alkboard.Cli;

/// <summary>
/// The alkboard command line. Commands are thin: they load input through Core, call an engine,
/// and render. Parse errors map to exit code 2 here, in one place.
/// </summary>
public static class AlkboardApp
{
    /// <summary>Default table width when output is not a terminal, so output is the same everywhere.</summary>
    public const int DefaultWidth = 120;

    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, int? width = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = new CommandContext(stdout, stderr, width ?? DefaultWidth);
        var root = new RootCommand("Alkboard: a molecular tumor board workbench for ALK-rearranged tumors. Decision support only; it does not replace clinical judgement.");
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(RecistCommand.Create(context));
        root.Subcommands.Add(InterpretCommand.Create(context));
        root.Subcommands.Add(KnowledgeCommand.Create(context));
        root.Subcommands.Add(RecommendCommand.Create(context));
        root.Subcommands.Add(CohortCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"alkboard: {error.Message}");
            }

            stderr.WriteLine("Run 'alkboard --help' for usage.");
            return ExitCodes.Usage;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return parsed.Invoke(config);
    }

    /// <summary>The shared <c>--format</c> option.</summary>
    internal static Option<string> FormatOption()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: table (for people) or json (stable, for programs)",
            DefaultValueFactory = _ => "table",
        };
        option.AcceptOnlyFromAmong("table", "json");
        return option;
    }

    internal static OutputFormat ParseFormat(string? text) => text == "json" ? OutputFormat.Json : OutputFormat.Table;
}
