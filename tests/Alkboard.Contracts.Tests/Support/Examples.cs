using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Knowledge;

namespace Alkboard.Contracts.Tests.Support;

/// <summary>The knowledge base of this checkout and the example cases, loaded once.</summary>
internal static class Examples
{
    private static readonly Lazy<KnowledgeBase> Kb = new(() =>
        KnowledgeLoader.Load(RepoPaths.Knowledge).KnowledgeBase ?? throw new InvalidOperationException("the knowledge base of this checkout does not load"));

    public static KnowledgeBase KnowledgeBase => Kb.Value;

    public static IEnumerable<(string File, PatientCase Case)> Cases() =>
        RepoPaths.ExampleCases().Select(f => (Path.GetFileName(f), CaseLoader.LoadFile(f, KnowledgeBase.Vocabulary).Case ?? throw new InvalidOperationException(f + " does not load")));
}
