using System.CommandLine;
using Alkboard.Cli.Commands;
using Alkboard.Cli.Options;
using Alkboard.Reports;

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
            // --verbose, --kb DIR and --kb-release ID apply to every command; they are taken out before parsing.
            var rest = args.Where(a => a != "--verbose").ToList();
            if (!TakeGlobal(rest, "--kb", "a knowledge folder (e.g. --kb knowledge), or with --kb-release the folder of releases", stderr, out var kb)
                || !TakeGlobal(rest, "--kb-release", "a published release id (e.g. --kb-release 2026.12.0)", stderr, out var release))
            {
                return ExitCodes.Usage;
            }

            return RunCommand([.. rest], stdout, stderr, width, kb, release);
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

    private static bool TakeGlobal(List<string> args, string name, string what, TextWriter stderr, out string? value)
    {
        value = null;
        var at = args.IndexOf(name);
        if (at < 0)
        {
            return true;
        }

        if (at + 1 >= args.Count || args[at + 1].StartsWith('-') || string.IsNullOrWhiteSpace(args[at + 1]))
        {
            stderr.WriteLine($"alkboard: {name} needs {what}");
            return false;
        }

        value = args[at + 1];
        args.RemoveRange(at, 2);
        return true;
    }

    private static int RunCommand(string[] args, TextWriter stdout, TextWriter stderr, int? width, string? kb, string? release)
    {
        var context = new CommandContext(stdout, stderr, width ?? DefaultWidth, kb, release);
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

    /// <summary>The shared <c>--format</c> option: table (for people) or json (for programs).</summary>
    internal static Option<OutputFormat> FormatOption() => TypedOption.Choice(
        "--format",
        "Output format: table (for people) or json (stable, for programs)",
        [("table", OutputFormat.Table), ("json", OutputFormat.Json)],
        OutputFormat.Table,
        "-f");
}
