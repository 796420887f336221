using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Tests.Support;

/// <summary>The repository's knowledge base, loaded once for the tests.</summary>
internal static class Kb
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() =>
    {
        var (kb, problems) = KnowledgeLoader.Load(Folder);
        problems.ShouldBeEmpty();
        return kb!;
    });

    public static string Folder => Path.Combine(RepoPaths.Root, "knowledge");

    public static KnowledgeBase Instance => Loaded.Value;
}
