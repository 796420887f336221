using System.Collections.Immutable;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// One ALK mutation profile (the ALK mutations one test found, read as one compound profile), its
/// state now, and why.
/// </summary>
public sealed record MutationProfileState(string TestId, ImmutableArray<SequenceVariant> Variants, AlterationState State, string Reason)
{
    /// <summary>The profile as written: "ALK C1156Y + L1198F".</summary>
    public string Text => $"ALK {string.Join(" + ", Variants.Select(v => v.HgvsProtein ?? v.HgvsCdna))}";
}
