using Alkboard.Core.Cohorts.Statistics;

namespace Alkboard.Contracts.Cohorts;

/// <summary>A proportion: events of n, the estimate (0–1), and its exact (Clopper–Pearson) and Wilson 95% intervals; null when n is 0.</summary>
public sealed record ProportionJson(int Events, int N, double? Estimate, double? ExactLower, double? ExactUpper, double? WilsonLower, double? WilsonUpper)
{
    /// <summary>The contract form of the same proportion estimated exactly and by Wilson's method.</summary>
    public static ProportionJson From(ProportionEstimate exact, ProportionEstimate wilson)
    {
        ArgumentNullException.ThrowIfNull(exact);
        ArgumentNullException.ThrowIfNull(wilson);
        return new(
            exact.Successes,
            exact.Total,
            WireNumbers.Finite(exact.Estimate),
            WireNumbers.Finite(exact.Lower),
            WireNumbers.Finite(exact.Upper),
            WireNumbers.Finite(wilson.Lower),
            WireNumbers.Finite(wilson.Upper));
    }
}
