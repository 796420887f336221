using MathNet.Numerics.Distributions;

namespace Alkboard.Core.Cohorts.Statistics;

/// <summary>A Kaplan–Meier curve at every distinct time (events and censorings), as R survfit reports it.</summary>
public sealed record KaplanMeierCurve(
    double[] Time,
    int[] AtRisk,
    int[] Events,
    int[] Censored,
    double[] Survival,
    double[] StdErr,
    double[] Lower,
    double[] Upper,
    ConfidenceType ConfidenceType,
    double Level)
{
    /// <summary>Subjects.</summary>
    public int N => AtRisk.Length == 0 ? 0 : AtRisk[0];

    /// <summary>Events in all.</summary>
    public int TotalEvents => Events.Sum();
}

/// <summary>A quantile of survival time with its confidence limits (null when not reached).</summary>
public sealed record SurvivalQuantile(double Probability, double? Estimate, double? Lower, double? Upper);

/// <summary>
/// Kaplan–Meier estimation with Greenwood's variance, confidence limits and quantiles computed the
/// way R's survival package does (survfit, quantile.survfit), so that results agree with R. Written
/// here because no .NET library reproduces R's conventions; one sort and one pass, so it scales to
/// millions of subjects.
/// </summary>
public static class KaplanMeier
{
    /// <summary>Fits the curve of the given subjects.</summary>
    public static KaplanMeierCurve Fit(ReadOnlySpan<double> time, ReadOnlySpan<bool> events, ConfidenceType confidence = ConfidenceType.Log, double level = 0.95)
    {
        var n = time.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var keys = time.ToArray();
        Array.Sort(keys, order);
        var times = new List<double>();
        var atRisk = new List<int>();
        var deaths = new List<int>();
        var censored = new List<int>();
        var surv = new List<double>();
        var se = new List<double>();
        var km = 1.0;
        var varhaz = 0.0;
        var remaining = n;
        var k = 0;
        while (k < n)
        {
            var t = keys[k];
            int d = 0, c = 0;
            while (k < n && keys[k] == t)
            {
                if (events[order[k]])
                {
                    d++;
                }
                else
                {
                    c++;
                }

                k++;
            }

            if (d > 0)
            {
                km *= (double)(remaining - d) / remaining;
                varhaz = remaining == d ? double.PositiveInfinity : varhaz + ((double)d / ((double)remaining * (remaining - d)));
            }

            times.Add(t);
            atRisk.Add(remaining);
            deaths.Add(d);
            censored.Add(c);
            surv.Add(km);
            se.Add(Math.Sqrt(varhaz));
            remaining -= d + c;
        }

        var s = surv.ToArray();
        var e = se.ToArray();
        var (lower, upper) = Limits(s, e, confidence, level);
        return new KaplanMeierCurve([.. times], [.. atRisk], [.. deaths], [.. censored], s, e, lower, upper, confidence, level);
    }

    /// <summary>Confidence limits as R's survfit_confint computes them (NaN where R gives NA).</summary>
    public static (double[] Lower, double[] Upper) Limits(double[] surv, double[] se, ConfidenceType type, double level)
    {
        ArgumentNullException.ThrowIfNull(surv);
        ArgumentNullException.ThrowIfNull(se);
        var z = Normal.InvCDF(0, 1, 1 - (1 - level) / 2);
        var lower = new double[surv.Length];
        var upper = new double[surv.Length];
        for (var i = 0; i < surv.Length; i++)
        {
            var p = surv[i];
            switch (type)
            {
                case ConfidenceType.Plain:
                    var width = se[i] * p * z;
                    lower[i] = Math.Max(p - width, 0);
                    upper[i] = Math.Min(p + width, 1);
                    break;
                case ConfidenceType.Log:
                    lower[i] = p == 0 ? double.NaN : Math.Exp(Math.Log(p) - (z * se[i]));
                    upper[i] = p == 0 ? double.NaN : Math.Min(Math.Exp(Math.Log(p) + (z * se[i])), 1);
                    break;
                default:
                    if (p == 0 || p == 1)
                    {
                        lower[i] = upper[i] = double.NaN;
                        break;
                    }

                    var se2 = z * se[i] / Math.Log(p);
                    lower[i] = Math.Exp(-Math.Exp(Math.Log(-Math.Log(p)) - se2));
                    upper[i] = Math.Exp(-Math.Exp(Math.Log(-Math.Log(p)) + se2));
                    break;
            }
        }

        return (lower, upper);
    }

    /// <summary>The time by which a proportion <paramref name="probability"/> has had the event (0.5: the median), with confidence limits.</summary>
    public static SurvivalQuantile Quantile(KaplanMeierCurve curve, double probability)
    {
        ArgumentNullException.ThrowIfNull(curve);
        return new SurvivalQuantile(probability, Find(curve.Time, curve.Survival, probability), Find(curve.Time, curve.Lower, probability), Find(curve.Time, curve.Upper, probability));
    }

    /// <summary>
    /// Where a horizontal line at survival 1 − p meets the step curve: the first time the curve
    /// drops below it; when a step lies exactly on it, the middle of that flat part (as R's
    /// quantile.survfit). Null when the curve never reaches it.
    /// </summary>
    private static double? Find(double[] time, double[] y, double p)
    {
        var target = 1 - p;
        var xs = new List<double> { 0 };
        var ys = new List<double> { 1 };
        var seen = new HashSet<double> { 1 };
        double maxX = time.Length == 0 ? 0 : time[^1];
        for (var i = 0; i < y.Length; i++)
        {
            if (double.IsNaN(y[i]) || !seen.Add(y[i]))
            {
                continue;
            }

            xs.Add(time[i]);
            ys.Add(y[i]);
        }

        if (ys.Min() > target)
        {
            return null;
        }

        for (var k = 0; k < ys.Count; k++)
        {
            var gap = (1 - ys[k]) - p;
            if (gap == 0)
            {
                var next = k + 1 < xs.Count ? xs[k + 1] : maxX;
                return (xs[k] + next) / 2;
            }

            if (gap > 0)
            {
                return xs[k];
            }
        }

        return null;
    }
}
