using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Alkboard.Core.Cohorts.Statistics;

/// <summary>A chi-square test result.</summary>
public sealed record ChiSquareTest(double ChiSquare, int DegreesOfFreedom, double P, bool YatesCorrection, double[,] Expected);

/// <summary>Tests of r×c contingency tables, as R's chisq.test and fisher.test compute them.</summary>
public static class ContingencyTests
{
    /// <summary>Pearson's chi-square test; Yates' continuity correction applies to 2×2 tables only (R chisq.test).</summary>
    public static ChiSquareTest ChiSquare(int[,] table, bool yates = true)
    {
        ArgumentNullException.ThrowIfNull(table);
        int rows = table.GetLength(0), cols = table.GetLength(1);
        var rowSums = new double[rows];
        var colSums = new double[cols];
        double total = 0;
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                rowSums[i] += table[i, j];
                colSums[j] += table[i, j];
                total += table[i, j];
            }
        }

        var expected = new double[rows, cols];
        var correction = 0.0;
        var applyYates = yates && rows == 2 && cols == 2;
        if (applyYates)
        {
            correction = 0.5;
        }

        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                expected[i, j] = rowSums[i] * colSums[j] / total;
                if (applyYates)
                {
                    correction = Math.Min(correction, Math.Abs(table[i, j] - expected[i, j]));
                }
            }
        }

        double chi = 0;
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                var diff = Math.Abs(table[i, j] - expected[i, j]) - correction;
                chi += diff * diff / expected[i, j];
            }
        }

        var df = (rows - 1) * (cols - 1);
        return new ChiSquareTest(chi, df, SpecialFunctions.GammaUpperRegularized(df / 2.0, chi / 2.0), applyYates, expected);
    }

    /// <summary>
    /// Fisher's exact test of a 2×2 table, two-sided: the sum of the probabilities of all tables
    /// with the same margins that are no more likely than the observed one (R fisher.test, with its
    /// relative tolerance 1e-7).
    /// </summary>
    public static double FisherExact2x2(int a, int b, int c, int d)
    {
        var row1 = a + b;
        var col1 = a + c;
        var n = a + b + c + d;
        var lo = Math.Max(0, col1 - (n - row1));
        var hi = Math.Min(row1, col1);
        var observed = LogHypergeometric(a, row1, col1, n);
        double p = 0;
        for (var x = lo; x <= hi; x++)
        {
            var lp = LogHypergeometric(x, row1, col1, n);
            if (lp <= observed + Math.Log(1 + 1e-7))
            {
                p += Math.Exp(lp);
            }
        }

        return Math.Min(1, p);
    }

    private static double LogHypergeometric(int x, int row1, int col1, int n) =>
        LogChoose(row1, x) + LogChoose(n - row1, col1 - x) - LogChoose(n, col1);

    private static double LogChoose(int n, int k) => SpecialFunctions.GammaLn(n + 1) - SpecialFunctions.GammaLn(k + 1) - SpecialFunctions.GammaLn(n - k + 1);
}
