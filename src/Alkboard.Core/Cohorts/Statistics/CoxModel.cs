using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Alkboard.Core.Cohorts.Statistics;

/// <summary>
/// Cox proportional-hazards regression on group indicators, fitted by Newton–Raphson with step
/// halving, Efron (default) or Breslow ties, as R's coxph. Written here for speed and to match R:
/// subjects are sorted once; each iteration is one pass with running risk-set sums, so a million
/// subjects fit in well under a second per iteration.
/// </summary>
public static class CoxModel
{
    /// <summary>Fits the model; the first group is the reference.</summary>
    public static CoxResult Fit(SurvivalSample sample, CoxTies ties = CoxTies.Efron, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var p = sample.GroupNames.Length - 1;
        if (p < 1)
        {
            throw new ArgumentException("a Cox model needs at least two groups", nameof(sample));
        }

        var n = sample.Count;
        // Covariates: indicator of groups 2..g, centred as coxph centres them.
        var x = new double[n * p];
        var means = new double[p];
        for (var i = 0; i < n; i++)
        {
            var g = sample.Group[i];
            if (g > 0)
            {
                x[(i * p) + g - 1] = 1;
                means[g - 1] += 1.0 / n;
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < p; j++)
            {
                x[(i * p) + j] -= means[j];
            }
        }

        var order = Enumerable.Range(0, n).ToArray();
        var keys = sample.Time.ToArray();
        Array.Sort(keys, order);
        Array.Reverse(order);
        Array.Reverse(keys);
        var ev = sample.Event;

        var beta = new double[p];
        var (loglik0, u0, info0) = Evaluate(beta, x, p, order, keys, ev, ties);
        var score = Quadratic(u0, info0);
        var loglik = loglik0;
        var u = u0;
        var info = info0;
        var iterations = 0;
        for (; iterations < 50; iterations++)
        {
            var step = Matrix<double>.Build.DenseOfArray(info).Solve(Vector<double>.Build.Dense(u)).ToArray();
            var candidate = beta.Zip(step, (b, s) => b + s).ToArray();
            var (ll, uu, ii) = Evaluate(candidate, x, p, order, keys, ev, ties);
            var halvings = 0;
            while (ll < loglik && halvings++ < 30)
            {
                candidate = beta.Zip(candidate, (b, c) => (b + c) / 2).ToArray();
                (ll, uu, ii) = Evaluate(candidate, x, p, order, keys, ev, ties);
            }

            var converged = Math.Abs(ll - loglik) <= 1e-12 * Math.Abs(ll) || step.All(s => Math.Abs(s) < 1e-12);
            beta = candidate;
            loglik = ll;
            u = uu;
            info = ii;
            if (converged)
            {
                iterations++;
                break;
            }
        }

        var variance = Matrix<double>.Build.DenseOfArray(info).Inverse();
        var z = Normal.InvCDF(0, 1, 1 - (1 - level) / 2);
        var se = Enumerable.Range(0, p).Select(j => Math.Sqrt(variance[j, j])).ToArray();
        var wald = Vector<double>.Build.Dense(beta).DotProduct(Matrix<double>.Build.DenseOfArray(info).Multiply(Vector<double>.Build.Dense(beta)));
        var lr = 2 * (loglik - loglik0);
        return new CoxResult(
            [.. sample.GroupNames.Skip(1)],
            beta,
            se,
            [.. beta.Select(Math.Exp)],
            [.. beta.Zip(se, (b, s) => Math.Exp(b - (z * s)))],
            [.. beta.Zip(se, (b, s) => Math.Exp(b + (z * s)))],
            [.. beta.Zip(se, (b, s) => 2 * Normal.CDF(0, 1, -Math.Abs(b / s)))],
            loglik0,
            loglik,
            lr,
            SpecialFunctions.GammaUpperRegularized(p / 2.0, lr / 2.0),
            wald,
            SpecialFunctions.GammaUpperRegularized(p / 2.0, wald / 2.0),
            score,
            SpecialFunctions.GammaUpperRegularized(p / 2.0, score / 2.0),
            p,
            iterations,
            ties);
    }

    private static double Quadratic(double[] u, double[,] info) =>
        Vector<double>.Build.Dense(u).DotProduct(Matrix<double>.Build.DenseOfArray(info).Solve(Vector<double>.Build.Dense(u)));

    /// <summary>Log partial likelihood, score vector and information matrix at beta (subjects ordered by decreasing time).</summary>
    private static (double LogLik, double[] U, double[,] Info) Evaluate(double[] beta, double[] x, int p, int[] order, double[] keys, bool[] ev, CoxTies ties)
    {
        var s0 = 0.0;
        var s1 = new double[p];
        var s2 = new double[p, p];
        var d1 = new double[p];
        var d2 = new double[p, p];
        var u = new double[p];
        var info = new double[p, p];
        var a = new double[p];
        var loglik = 0.0;
        var k = 0;
        var n = order.Length;
        while (k < n)
        {
            var t = keys[k];
            var d0 = 0.0;
            var deaths = 0;
            Array.Clear(d1);
            Array.Clear(d2);
            for (; k < n && keys[k] == t; k++)
            {
                var i = order[k];
                var eta = 0.0;
                for (var j = 0; j < p; j++)
                {
                    eta += beta[j] * x[(i * p) + j];
                }

                var w = Math.Exp(eta);
                s0 += w;
                for (var j = 0; j < p; j++)
                {
                    var xj = x[(i * p) + j];
                    s1[j] += w * xj;
                    for (var l = 0; l <= j; l++)
                    {
                        s2[j, l] += w * xj * x[(i * p) + l];
                    }
                }

                if (!ev[i])
                {
                    continue;
                }

                deaths++;
                loglik += eta;
                d0 += w;
                for (var j = 0; j < p; j++)
                {
                    var xj = x[(i * p) + j];
                    u[j] += xj;
                    d1[j] += w * xj;
                    for (var l = 0; l <= j; l++)
                    {
                        d2[j, l] += w * xj * x[(i * p) + l];
                    }
                }
            }

            if (deaths == 0)
            {
                continue;
            }

            for (var r = 0; r < deaths; r++)
            {
                // Efron removes a fraction r/d of the tied deaths from the risk set; Breslow none.
                var f = ties == CoxTies.Efron ? (double)r / deaths : 0;
                var denom = s0 - (f * d0);
                loglik -= Math.Log(denom);
                for (var j = 0; j < p; j++)
                {
                    a[j] = (s1[j] - (f * d1[j])) / denom;
                    u[j] -= a[j];
                }

                for (var j = 0; j < p; j++)
                {
                    for (var l = 0; l <= j; l++)
                    {
                        info[j, l] += ((s2[j, l] - (f * d2[j, l])) / denom) - (a[j] * a[l]);
                    }
                }
            }
        }

        for (var j = 0; j < p; j++)
        {
            for (var l = j + 1; l < p; l++)
            {
                info[j, l] = info[l, j];
            }
        }

        return (loglik, u, info);
    }
}
