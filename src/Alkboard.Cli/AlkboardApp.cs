using System.CommandLine;
using Alkboard.Cli.Commands;

namespace Alkboard.Cli;

/// <summary>
/// The alkboard command line. Commands are thin: they load input through Core, call an engine,
/// and render. Parse errors map to exit code 2 here, in one place.
/// </summary>
public static partial class AlkboardApp
{
    /// <summary>Default table width when output is not a terminal, so output is the same everywhere.</summary>
    public const int DefaultWidth = 120;

    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, int? width = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        var verbose = args.Contains("--verbose");
        try
        {
            // --verbose and --kb DIR apply to every command; they are taken out before parsing.
            var rest = args.Where(a => a != "--verbose").ToList();
            string? kb = null;
            var at = rest.IndexOf("--kb");
            if (at >= 0)
            {
                if (at + 1 >= rest.Count || rest[at + 1].StartsWith('-'))
                {
                    stderr.WriteLine("alkboard: --kb needs a knowledge folder (e.g. --kb knowledge)");
                    return ExitCodes.Usage;
                }

                kb = rest[at + 1];
                rest.RemoveRange(at, 2);
            }

            return RunCommand([.. rest], stdout, stderr, width, kb);
        }
        catch (OutputWriteException ex)
        {
            stderr.WriteLine($"alkboard: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
#pragma warning disable CA1031 // The last-resort handler: no exception reaches the user as a stack trace (issue 14).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"alkboard: internal error {ExitCodes.InternalErrorCode}: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
            stderr.WriteLine(verbose ? ex.ToString() : "This is a defect of Alkboard, not of your input. Run again with --verbose for the details and report them.");
            return ExitCodes.Internal;
        }
    }

    private static int RunCommand(string[] args, TextWriter stdout, TextWriter stderr, int? width, string? kb)
    {
        var context = new CommandContext(stdout, stderr, width ?? DefaultWidth, kb);
        var root = new RootCommand("Alkboard: a molecular tumor board workbench for ALK-rearranged tumors. Decision support only; it does not replace clinical judgement.");
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(RecistCommand.Create(context));
        root.Subcommands.Add(InterpretCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ImportStudyCommand.Create(context));
        root.Subcommands.Add(KnowledgeCommand.Create(context));
        root.Subcommands.Add(RecommendCommand.Create(context));
        root.Subcommands.Add(CohortCommand.Create(context));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"alkboard: {Humanize(error.Message)}");
            }

            stderr.WriteLine("Run 'alkboard --help' for usage.");
            return ExitCodes.Usage;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        return parsed.Invoke(config);
    }

    /// <summary>System.CommandLine names CLR types in its parse errors; say what is expected in words.</summary>
    private static string Humanize(string message) => TypeName().Replace(message, m => m.Groups["t"].Value switch
    {
        "System.Int32" or "System.Nullable`1[System.Int32]" => "a whole number",
        "System.Double" or "System.Nullable`1[System.Double]" => "a number",
        "System.Boolean" => "true or false",
        _ => "a value of the right kind",
    });

    [System.Text.RegularExpressions.GeneratedRegex(@"expected type '(?<t>[^']+)'")]
    private static partial System.Text.RegularExpressions.Regex TypeName();

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
