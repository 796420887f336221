using System.Globalization;
using Alkboard.Core.Cohorts;

namespace Alkboard.Cli.Commands;

internal static partial class CohortCommand
{
    private static void WriteSurvivalTable(TextWriter o, SurvivalAnalysis a, bool stratified, string? plot)
    {
        static string F(double? v) => v is { } x && !double.IsNaN(x) ? x.ToString("0.##", CultureInfo.InvariantCulture) : "not reached";
        if (a.EventCoding is not null)
        {
            o.WriteLine($"Event coding: {a.EventCoding}");
        }

        o.WriteLine($"Group | n | events | median ({a.TimeUnit}) | 95% CI (log)");
        foreach (var g in a.Groups)
        {
            o.WriteLine($"{g.Name} | {g.N} | {g.Events} | {F(g.Median)} | {F(g.MedianLower)}–{F(g.MedianUpper)}");
        }

        if (a.LogRank is { } lr)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Log-rank{(stratified ? " (stratified)" : string.Empty)}: chi-square {lr.ChiSquare:0.###} on {lr.DegreesOfFreedom} df, p = {lr.P:0.####}"));
        }

        if (a.Cox is { } cox)
        {
            for (var i = 0; i < cox.Terms.Length; i++)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Cox ({cox.Ties.ToString().ToLowerInvariant()}): hazard ratio {cox.Terms[i]} vs {a.Groups[0].Name} = {cox.HazardRatios[i]:0.###} (95% CI {cox.Lower[i]:0.###}–{cox.Upper[i]:0.###}), p = {cox.P[i]:0.####}"));
            }

            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Likelihood ratio {cox.LikelihoodRatio:0.###} (p = {cox.LikelihoodRatioP:0.####}); Wald {cox.Wald:0.###} (p = {cox.WaldP:0.####}); score {cox.Score:0.###} (p = {cox.ScoreP:0.####}); {cox.DegreesOfFreedom} df"));
        }

        foreach (var e in a.Excluded)
        {
            o.WriteLine("Left out: " + e);
        }

        if (plot is not null)
        {
            o.WriteLine($"Plot: {plot}");
        }
    }
}
