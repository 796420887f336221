using Alkboard.Core.Recommendation;

namespace Alkboard.Contracts.Recommendation;

/// <summary>A test the board should order: what, why, the rule that asks for it, and its citations.</summary>
public sealed record TestToOrderJson(string Test, string Reason, string Rule, IReadOnlyList<string> Citations)
{
    /// <summary>The contract form of a test to order.</summary>
    public static TestToOrderJson From(TestToOrder t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Test, t.Reason, t.Rule, [.. t.Citations]);
    }
}
