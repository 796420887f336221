using Alkboard.Core.Cohorts;

namespace Alkboard.Contracts.Cohorts;

/// <summary>One survival group: n, events, and the Kaplan–Meier median with its 95% interval (log transform), in the analysis's time unit; null when not reached.</summary>
public sealed record SurvivalGroupJson(string Name, int N, int Events, double? Median, double? MedianLower, double? MedianUpper)
{
    /// <summary>The contract form of a group.</summary>
    public static SurvivalGroupJson From(SurvivalGroup g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return new(g.Name, g.N, g.Events, WireNumbers.Finite(g.Median), WireNumbers.Finite(g.MedianLower), WireNumbers.Finite(g.MedianUpper));
    }
}
