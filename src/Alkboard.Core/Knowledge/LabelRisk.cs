using System.Collections.Immutable;

namespace Alkboard.Core.Knowledge;

/// <summary>A risk that labels share (ILD, QTc, bradycardia, hepatotoxicity), with the CTCAE term words that record it.</summary>
public sealed record LabelRisk(string Id, string Name, ImmutableArray<string> Terms)
{
    /// <summary>True when an adverse-event term records this risk.</summary>
    public bool Matches(string term) => Terms.Any(t => term.Contains(t, StringComparison.OrdinalIgnoreCase));
}
