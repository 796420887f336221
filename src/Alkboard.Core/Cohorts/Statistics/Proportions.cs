using MathNet.Numerics.Distributions;

namespace Alkboard.Core.Cohorts.Statistics;

/// <summary>A proportion with its confidence interval.</summary>
public sealed record ProportionEstimate(int Successes, int Total, double Estimate, double Lower, double Upper, string Method);

/// <summary>Confidence intervals for a binomial proportion, as R computes them.</summary>
public static class Proportions
{
    /// <summary>Exact Clopper–Pearson interval (R binom.test).</summary>
    public static ProportionEstimate ClopperPearson(int x, int n, double level = 0.95)
    {
        Check(x, n);
        var alpha = 1 - level;
        var lower = x == 0 ? 0 : Beta.InvCDF(x, n - x + 1, alpha / 2);
        var upper = x == n ? 1 : Beta.InvCDF(x + 1, n - x, 1 - alpha / 2);
        return new ProportionEstimate(x, n, n == 0 ? double.NaN : (double)x / n, lower, upper, "Clopper-Pearson");
    }

    /// <summary>Wilson score interval without continuity correction (R prop.test(correct = FALSE)).</summary>
    public static ProportionEstimate Wilson(int x, int n, double level = 0.95)
    {
        Check(x, n);
        var z = Normal.InvCDF(0, 1, 1 - (1 - level) / 2);
        var p = (double)x / n;
        var z22n = z * z / (2.0 * n);
        var center = p + z22n;
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z22n / (2.0 * n)));
        return new ProportionEstimate(x, n, p, Math.Max(0, (center - half) / (1 + (2 * z22n))), Math.Min(1, (center + half) / (1 + (2 * z22n))), "Wilson");
    }

    private static void Check(int x, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(x, n);
    }
}
