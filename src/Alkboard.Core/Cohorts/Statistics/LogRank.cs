using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Alkboard.Core.Cohorts.Statistics;

/// <summary>The log-rank test: observed and expected events per group, chi-square, df, p (R survdiff, rho = 0).</summary>
public sealed record LogRankTest(double[] Observed, double[] Expected, double ChiSquare, int DegreesOfFreedom, double P);

/// <summary>
/// The log-rank test, also stratified (sums of observed, expected and variance over strata), as R's
/// survdiff computes it. One sort and one pass per stratum.
/// </summary>
public static class LogRank
{
    /// <summary>Tests for a difference between the groups of the sample (within its strata when given).</summary>
    public static LogRankTest Test(SurvivalSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var g = sample.GroupNames.Length;
        var observed = new double[g];
        var expected = new double[g];
        var variance = new double[g, g];
        var strata = sample.Stratum ?? new int[sample.Count];
        foreach (var stratum in strata.Distinct())
        {
            var members = Enumerable.Range(0, sample.Count).Where(i => strata[i] == stratum).ToArray();
            var keys = members.Select(i => -sample.Time[i]).ToArray();
            Array.Sort(keys, members);
            Accumulate(sample, members, observed, expected, variance);
        }

        // Drop the first group, as survdiff does, and solve.
        var m = g - 1;
        var diff = Vector<double>.Build.Dense(m, i => observed[i + 1] - expected[i + 1]);
        var v = Matrix<double>.Build.Dense(m, m, (i, j) => variance[i + 1, j + 1]);
        var chi = m == 0 ? 0 : diff.DotProduct(v.Solve(diff));
        var df = Enumerable.Range(0, g).Count(i => expected[i] > 0) - 1;
        return new LogRankTest(observed, expected, chi, df, df <= 0 ? double.NaN : SpecialFunctions.GammaUpperRegularized(df / 2.0, chi / 2.0));
    }

    private static void Accumulate(SurvivalSample s, int[] members, double[] observed, double[] expected, double[,] variance)
    {
        var g = s.GroupNames.Length;
        var sorted = members; // by decreasing time
        var atRisk = new double[g];
        var k = 0;
        // Walk from the longest time down, adding subjects to the risk set.
        var deathsAt = new double[g];
        while (k < sorted.Length)
        {
            var t = s.Time[sorted[k]];
            Array.Clear(deathsAt);
            while (k < sorted.Length && s.Time[sorted[k]] == t)
            {
                var i = sorted[k];
                atRisk[s.Group[i]]++;
                if (s.Event[i])
                {
                    deathsAt[s.Group[i]]++;
                }

                k++;
            }

            var d = deathsAt.Sum();
            if (d == 0)
            {
                continue;
            }

            var n = atRisk.Sum();
            for (var a = 0; a < g; a++)
            {
                observed[a] += deathsAt[a];
                expected[a] += atRisk[a] * d / n;
                if (n > 1)
                {
                    var factor = d * (n - d) / (n * n * (n - 1));
                    for (var b = 0; b < g; b++)
                    {
                        variance[a, b] += factor * atRisk[a] * ((a == b ? n : 0) - atRisk[b]);
                    }
                }
            }
        }
    }
}