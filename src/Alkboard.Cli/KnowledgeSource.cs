using Alkboard.Core.Knowledge;

namespace Alkboard.Cli;

/// <summary>
/// Finds and loads the knowledge base for a command: the <c>--kb DIR</c> option, else
/// ALKBOARD_KNOWLEDGE, else the "knowledge" folder shipped beside the program.
/// </summary>
internal static class KnowledgeSource
{
    /// <summary>The folder to read, or null when none is found.</summary>
    public static string? FolderFor(CommandContext context) =>
        context.KnowledgeFolder ?? KnowledgeLoader.Locate(AppContext.BaseDirectory, Environment.GetEnvironmentVariable("ALKBOARD_KNOWLEDGE"));

    /// <summary>Loads the knowledge base, or prints its problems and returns null.</summary>
    public static KnowledgeBase? Load(CommandContext context)
    {
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
