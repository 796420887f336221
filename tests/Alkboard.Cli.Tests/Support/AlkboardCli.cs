namespace Alkboard.Cli.Tests.Support;

/// <summary>Runs the alkboard command line in-process from the repository root, capturing both streams.</summary>
internal static class AlkboardCli
{
    private static readonly Lock Gate = new();

    public static string Root { get; } = FindRoot();

    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code;
        lock (Gate)
        {
            var previous = Environment.CurrentDirectory;
            Environment.CurrentDirectory = Root;
            try
            {
                code = AlkboardApp.Run(args, stdout, stderr);
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
        }

        return (code, stdout.ToString(), stderr.ToString());
    }

    public static IEnumerable<string> ExampleCases() =>
        Directory.EnumerateFiles(Path.Combine(Root, "examples", "cases")).Select(f => "examples/cases/" + Path.GetFileName(f)).Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Alkboard.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Alkboard.slnx not found");
    }
}
