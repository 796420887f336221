namespace Alkboard.Contracts.Tests.Support;

/// <summary>Finds files of the repository from the test output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples", "cases");

    public static string Docs => Path.Combine(Root, "docs");

    public static string Schemas => Path.Combine(Docs, "contracts");

    public static string Knowledge => Path.Combine(Root, "knowledge");

    public static IEnumerable<string> ExampleCases() =>
        Directory.EnumerateFiles(Examples).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Alkboard.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Alkboard.slnx not found above " + AppContext.BaseDirectory);
    }
}
