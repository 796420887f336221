using Alkboard.Core.Cohorts;

namespace Alkboard.Contracts.Cohorts;

/// <summary>Objective response compared between subgroups: chi-square (Yates-corrected for 2×2) with degrees of freedom and p, and Fisher's exact p (null when the table is too large).</summary>
public sealed record ResponseComparisonJson(IReadOnlyList<string> Groups, double? ChiSquare, int Df, bool Yates, double? P, double? FisherP)
{
    /// <summary>The contract form of a comparison.</summary>
    public static ResponseComparisonJson From(ResponseComparison c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(
            [.. c.Groups],
            WireNumbers.Finite(c.ChiSquare.ChiSquare),
            c.ChiSquare.DegreesOfFreedom,
            c.ChiSquare.YatesCorrection,
            WireNumbers.Finite(c.ChiSquare.P),
            WireNumbers.Finite(c.FisherP));
    }
}
