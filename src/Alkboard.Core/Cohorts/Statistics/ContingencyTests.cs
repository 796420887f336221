using MathNet.Numerics;

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

    /// <summary>
    /// Fisher's exact test of an r×c table: every table with the observed margins is enumerated and
    /// the probabilities of those no more likely than the observed one are summed (the same p-value
    /// R's fisher.test computes with its network algorithm). Refuses tables with more than
    /// <paramref name="maxTables"/> arrangements rather than run for hours.
    /// </summary>
    /// <exception cref="ArgumentException">The table has too many arrangements for exact enumeration.</exception>
    public static double FisherExact(int[,] table, long maxTables = 50_000_000)
    {
        ArgumentNullException.ThrowIfNull(table);
        int rows = table.GetLength(0), cols = table.GetLength(1);
        if (rows == 2 && cols == 2)
        {
            return FisherExact2x2(table[0, 0], table[0, 1], table[1, 0], table[1, 1]);
        }

        var rowSums = new int[rows];
        var colSums = new int[cols];
        var n = 0;
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                rowSums[i] += table[i, j];
                colSums[j] += table[i, j];
                n += table[i, j];
            }
        }

        // log P(table) = sum log r_i! + sum log c_j! - log N! - sum log x_ij!; the first three are constant.
        var constant = rowSums.Sum(r => SpecialFunctions.FactorialLn(r)) + colSums.Sum(c => SpecialFunctions.FactorialLn(c)) - SpecialFunctions.FactorialLn(n);
        double observed = constant;
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                observed -= SpecialFunctions.FactorialLn(table[i, j]);
            }
        }

        var threshold = observed + Math.Log(1 + 1e-7);
        var p = 0.0;
        long visited = 0;
        var remainingCols = (int[])colSums.Clone();
        void Row(int i, double logSoFar)
        {
            if (i == rows - 1)
            {
                // The last row is fixed by the column totals that remain.
                var lp = logSoFar;
                for (var j = 0; j < cols; j++)
                {
                    lp -= SpecialFunctions.FactorialLn(remainingCols[j]);
                }

                if (++visited > maxTables)
                {
                    throw new ArgumentException($"the table has more than {maxTables:N0} arrangements; use the chi-square test");
                }

                if (lp <= threshold)
                {
                    p += Math.Exp(lp);
                }

                return;
            }

            Cell(i, 0, rowSums[i], logSoFar);
        }

        void Cell(int i, int j, int left, double logSoFar)
        {
            if (j == cols - 1)
            {
                if (left > remainingCols[j])
                {
                    return;
                }

                remainingCols[j] -= left;
                Row(i + 1, logSoFar - SpecialFunctions.FactorialLn(left));
                remainingCols[j] += left;
                return;
            }

            var capacityAfter = 0;
            for (var k = j + 1; k < cols; k++)
            {
                capacityAfter += remainingCols[k];
            }

            for (var x = Math.Max(0, left - capacityAfter); x <= Math.Min(left, remainingCols[j]); x++)
            {
                remainingCols[j] -= x;
                Cell(i, j + 1, left - x, logSoFar - SpecialFunctions.FactorialLn(x));
                remainingCols[j] += x;
            }
        }

        Row(0, constant);
        return Math.Min(1, p);
    }

    private static double LogHypergeometric(int x, int row1, int col1, int n) =>
        LogChoose(row1, x) + LogChoose(n - row1, col1 - x) - LogChoose(n, col1);

    private static double LogChoose(int n, int k) => SpecialFunctions.GammaLn(n + 1) - SpecialFunctions.GammaLn(k + 1) - SpecialFunctions.GammaLn(n - k + 1);
}