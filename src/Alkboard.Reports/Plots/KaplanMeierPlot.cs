using System.Globalization;
using Alkboard.Core.Cohorts;
using ScottPlot;

namespace Alkboard.Reports.Plots;

/// <summary>Kaplan–Meier curves with 95% confidence bands, censor marks and a numbers-at-risk table under the axis.</summary>
public static class KaplanMeierPlot
{
    private static readonly Color[] Palette = [Colors.SteelBlue, Colors.OrangeRed, Colors.SeaGreen, Colors.Purple, Colors.DarkGoldenRod, Colors.Gray];

    /// <summary>Saves the Kaplan–Meier curves of <paramref name="analysis"/>, one per group, with censoring marks.</summary>
    /// <param name="analysis">The survival analysis.</param>
    /// <param name="title">The figure title.</param>
    /// <param name="path">An .svg or .png file.</param>
    /// <exception cref="OutputWriteException">The file cannot be written; nothing partial is left.</exception>
    public static void Save(SurvivalAnalysis analysis, string title, string path)
    {
        var plot = new Plot();
        var maxTime = analysis.Groups.Max(g => g.Curve.Time.Length == 0 ? 0 : g.Curve.Time[^1]);
        var rows = analysis.Groups.Count;
        for (var gi = 0; gi < rows; gi++)
        {
            var g = analysis.Groups[gi];
            var color = Palette[gi % Palette.Length];
            var (xs, ys, lo, hi) = Steps(g);
            var band = plot.Add.FillY(xs, lo, hi);
            band.FillColor = color.WithAlpha(0.15);
            band.LineWidth = 0;
            var line = plot.Add.Scatter(xs, ys);
            line.Color = color;
            line.MarkerSize = 0;
            line.LineWidth = 2;
            line.LegendText = $"{g.Name} (n = {g.N}, events {g.Events})";
            var censored = Enumerable.Range(0, g.Curve.Time.Length).Where(i => g.Curve.Censored[i] > 0).ToArray();
            if (censored.Length > 0)
            {
                var marks = plot.Add.ScatterPoints(censored.Select(i => g.Curve.Time[i]).ToArray(), censored.Select(i => g.Curve.Survival[i]).ToArray());
                marks.MarkerShape = MarkerShape.Cross;
                marks.MarkerSize = 8;
                marks.Color = color;
            }

            // Numbers at risk at six evenly spaced times, one row per group below the axis.
            var y = -0.1 - (0.07 * gi);
            plot.Add.Text(g.Name, -maxTime * 0.02, y).Alignment = Alignment.MiddleRight;
            foreach (var t in Enumerable.Range(0, 6).Select(k => maxTime * k / 5))
            {
                var label = plot.Add.Text(AtRisk(g, t).ToString(CultureInfo.InvariantCulture), t, y);
                label.Alignment = Alignment.MiddleCenter;
                label.LabelFontColor = color;
            }
        }

        plot.Add.Text("At risk", -maxTime * 0.02, -0.04).Alignment = Alignment.MiddleRight;
        plot.Title(title);
        plot.XLabel($"Time ({analysis.TimeUnit})");
        plot.YLabel("Survival probability");
        plot.Axes.SetLimits(-maxTime * 0.12, maxTime * 1.02, -0.1 - (0.07 * rows), 1.05);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0, 0.2, 0.4, 0.6, 0.8, 1.0], ["0", "0.2", "0.4", "0.6", "0.8", "1.0"]);
        plot.Add.HorizontalLine(0, 1, Colors.Black);
        plot.ShowLegend(Alignment.UpperRight);
        PlotFile.Save(plot, path, 600);
    }

    private static int AtRisk(SurvivalGroup g, double t)
    {
        var first = Array.FindIndex(g.Curve.Time, x => x >= t);
        return first < 0 ? 0 : g.Curve.AtRisk[first];
    }

    /// <summary>The step function as points: the curve starts at (0, 1) and drops at each event time.</summary>
    private static (double[] X, double[] Y, double[] Lower, double[] Upper) Steps(SurvivalGroup g)
    {
        var x = new List<double> { 0 };
        var y = new List<double> { 1 };
        var lo = new List<double> { 1 };
        var hi = new List<double> { 1 };
        for (var i = 0; i < g.Curve.Time.Length; i++)
        {
            x.Add(g.Curve.Time[i]);
            y.Add(y[^1]);
            lo.Add(lo[^1]);
            hi.Add(hi[^1]);
            x.Add(g.Curve.Time[i]);
            y.Add(g.Curve.Survival[i]);
            lo.Add(double.IsNaN(g.Curve.Lower[i]) ? g.Curve.Survival[i] : g.Curve.Lower[i]);
            hi.Add(double.IsNaN(g.Curve.Upper[i]) ? g.Curve.Survival[i] : g.Curve.Upper[i]);
        }

        return ([.. x], [.. y], [.. lo], [.. hi]);
    }
}
