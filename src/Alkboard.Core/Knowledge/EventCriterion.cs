using System.Collections.Immutable;

namespace Alkboard.Core.Knowledge;

/// <summary>An adverse event a label rule needs: one of the words of its CTCAE term, at a minimum grade.</summary>
public sealed record EventCriterion(ImmutableArray<string> Terms, int MinGrade)
{
    /// <summary>True when the recorded term contains one of the words (case-insensitive).</summary>
    public bool Matches(string term) => Terms.Any(t => term.Contains(t, StringComparison.OrdinalIgnoreCase));
}
