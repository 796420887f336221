using Alkboard.Core.Recommendation;

namespace Alkboard.Contracts.Recommendation;

/// <summary>When an acquired alteration appeared: the test it was first found in, the last test without it, the line numbers it emerged under, and the statement.</summary>
public sealed record AttributionJson(string Alteration, string FirstFoundIn, string? AbsentIn, IReadOnlyList<int> Lines, string Statement)
{
    /// <summary>The contract form of a mutation attribution.</summary>
    public static AttributionJson From(MutationAttribution a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Alteration, a.FirstFoundIn, a.AbsentIn, [.. a.Lines], a.Statement);
    }
}
