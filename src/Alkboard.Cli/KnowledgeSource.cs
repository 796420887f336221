using Alkboard.Cli.Rendering;
using Alkboard.Core.Knowledge;

namespace Alkboard.Cli;

/// <summary>
/// Finds and loads the knowledge base for a command: the <c>--kb DIR</c> option, else
/// ALKBOARD_KNOWLEDGE, else the "knowledge" folder shipped beside the program; or, with
/// <c>--kb-release ID</c>, that published release from the folder of releases (<c>--kb DIR</c>, else
/// ALKBOARD_RELEASES), verified against its manifest.
/// </summary>
internal static class KnowledgeSource
{
    /// <summary>The folder to read, or null when none is found.</summary>
    public static string? FolderFor(CommandContext context) =>
        context.KnowledgeFolder ?? KnowledgeLoader.Locate(AppContext.BaseDirectory, Environment.GetEnvironmentVariable("ALKBOARD_KNOWLEDGE"));

    /// <summary>Loads the knowledge base, or prints its problems and returns null.</summary>
    public static KnowledgeBase? Load(CommandContext context)
    {
        if (context.KnowledgeRelease is { } release)
        {
            var releases = context.KnowledgeFolder ?? Environment.GetEnvironmentVariable("ALKBOARD_RELEASES");
            if (string.IsNullOrEmpty(releases))
            {
                context.Error.WriteLine("alkboard: --kb-release needs the folder of published releases: give --kb DIR or set ALKBOARD_RELEASES");
                return null;
            }

            var (published, releaseProblems) = KnowledgeReleases.Load(releases, release);
            DiagnosticPrinter.Print(context.Error, releaseProblems);
            return published;
        }

        if (FolderFor(context) is not { } folder)
        {
            context.Error.WriteLine("alkboard: no knowledge base found (give --kb DIR, or set ALKBOARD_KNOWLEDGE to the knowledge folder)");
            return null;
        }

        if (!File.Exists(Path.Combine(folder, "release.yaml")))
        {
            context.Error.WriteLine($"alkboard: --kb: '{folder}' is not a knowledge folder (no release.yaml in it)");
            return null;
        }

        var (kb, problems) = KnowledgeLoader.Load(folder);
        foreach (var problem in problems)
        {
            context.Error.WriteLine(problem.ToString());
        }

        return kb;
    }
}
