using Alkboard.Core.Knowledge;

namespace Alkboard.Cli;

/// <summary>Finds and loads the knowledge base for a command: ALKBOARD_KNOWLEDGE, else the "knowledge" folder shipped beside the program.</summary>
internal static class KnowledgeSource
{
    public static string? Folder => KnowledgeLoader.Locate(AppContext.BaseDirectory, Environment.GetEnvironmentVariable("ALKBOARD_KNOWLEDGE"));

    /// <summary>Loads the knowledge base, or prints its problems and returns null.</summary>
    public static KnowledgeBase? Load(CommandContext context)
    {
        if (Folder is not { } folder)
        {
            context.Error.WriteLine("alkboard: no knowledge base found (set ALKBOARD_KNOWLEDGE to the knowledge folder)");
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
