using Alkboard.Core.Cases;
using Alkboard.Core.Cohorts;
using ScottPlot;

namespace Alkboard.Reports.Plots;

/// <summary>Swimmer plot of therapy lines per patient, and waterfall of best change in target sum.</summary>
public static class CohortPlots
{
    /// <summary>One row per patient with dated lines: a bar per line from its start to its end (months from diagnosis), labelled with drug and best response.</summary>
    /// <param name="cohort">The patients.</param>
    /// <param name="path">An .svg or .png file.</param>
    /// <returns>The patients left out, each with the reason.</returns>
    /// <exception cref="OutputWriteException">The file cannot be written; nothing partial is left.</exception>
    public static IReadOnlyList<string> Swimmer(Cohort cohort, string path)
    {
        var plot = new Plot();
        var skipped = new List<string>();
        var row = 0;
        var palette = new[] { Colors.SteelBlue, Colors.OrangeRed, Colors.SeaGreen, Colors.Purple, Colors.DarkGoldenRod, Colors.Teal, Colors.Brown, Colors.DarkSlateGray, Colors.Crimson, Colors.Olive, Colors.HotPink, Colors.Navy };
        var labels = new List<(double, string)>();
        var colours = new Dictionary<string, Color>(StringComparer.Ordinal);
        foreach (var p in cohort.Patients)
        {
            var diagnosis = p.Case.Diagnoses.Where(d => d.Date is not null).Select(d => d.Date!.Value).DefaultIfEmpty().Min();
            var lines = p.Case.TherapyLines.Where(l => l.Start is not null).ToList();
            if (diagnosis == default || lines.Count == 0)
            {
                skipped.Add($"{p.Case.Patient.Id}: no dated diagnosis and lines");
                continue;
            }

            foreach (var line in lines)
            {
                var start = Months(diagnosis, line.Start!.Value);
                var end = line.End is { } e ? Months(diagnosis, e) : p.Case.Outcome?.LastFollowUp is { } f ? Months(diagnosis, f) : start;
                var isNew = !colours.ContainsKey(line.DrugsText);
                if (isNew)
                {
                    colours[line.DrugsText] = palette[colours.Count % palette.Length];
                }

                var bars = plot.Add.Bars(new Bar[] { new Bar { Position = row, ValueBase = start, Value = Math.Max(end, start + 0.5), FillColor = colours[line.DrugsText], Orientation = Orientation.Horizontal, Size = 0.6 } });
                bars.Horizontal = true;
                if (isNew)
                {
                    bars.LegendText = line.DrugsText;
                }

                if (p.Responses.Lines.FirstOrDefault(r => r.Line == line.Number)?.BestOverallResponse is { } best)
                {
                    var text = plot.Add.Text(ResponseCategoryCodes.Code(best), Math.Max(end, start + 0.5) + 0.5, row);
                    text.LabelFontSize = 10;
                    text.Alignment = Alignment.MiddleLeft;
                }
            }

            labels.Add((row, p.Case.Patient.Id));
            row++;
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. labels.Select(l => l.Item1)], [.. labels.Select(l => l.Item2)]);
        plot.Title("Lines of therapy (best response at bar end)");
        plot.ShowLegend(Edge.Right);
        plot.XLabel("Months from diagnosis");
        PlotFile.Save(plot, path, Math.Max(420, 160 + (row * 80)));
        return skipped;
    }

    /// <summary>One bar per line with a computed or reported change from baseline: the best (lowest) change, sorted from largest growth to deepest shrinkage.</summary>
    /// <param name="cohort">The patients.</param>
    /// <param name="path">An .svg or .png file.</param>
    /// <returns>The lines left out, each with the reason.</returns>
    /// <exception cref="OutputWriteException">The file cannot be written; nothing partial is left.</exception>
    public static IReadOnlyList<string> Waterfall(Cohort cohort, string path)
    {
        var values = new List<(string Label, double Change, string Source)>();
        foreach (var p in cohort.Patients)
        {
            foreach (var line in p.Responses.Lines)
            {
                var changes = line.Timepoints.Where(t => t.ChangeFromBaselinePercent is not null).ToList();
                if (changes.Count > 0)
                {
                    var best = changes.MinBy(t => t.ChangeFromBaselinePercent)!;
                    values.Add(($"{p.Case.Patient.Id} L{line.Line}", (double)best.ChangeFromBaselinePercent!.Value, best.Source));
                }
            }
        }

        var plot = new Plot();
        var ordered = values.OrderByDescending(v => v.Change).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var v = ordered[i];
            plot.Add.Bar(new Bar { Position = i, Value = v.Change, FillColor = v.Change <= -30 ? Colors.SeaGreen : v.Change >= 20 ? Colors.OrangeRed : Colors.SteelBlue });
        }

        plot.Add.HorizontalLine(-30, 1, Colors.Gray, LinePattern.Dashed);
        plot.Add.HorizontalLine(20, 1, Colors.Gray, LinePattern.Dashed);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(0, ordered.Count).Select(i => (double)i)], [.. ordered.Select(v => v.Label)]);
        plot.Title("Best change in target-lesion sum (dashed: -30% and +20%)");
        plot.YLabel("Change from baseline (%)");
        PlotFile.Save(plot, path, 500);
        return [.. cohort.Patients.Where(p => !values.Any(v => v.Label.StartsWith(p.Case.Patient.Id + " ", StringComparison.Ordinal))).Select(p => $"{p.Case.Patient.Id}: no change from baseline recorded")];
    }

    private static double Months(PartialDate from, PartialDate to)
    {
        var d = PartialDate.Between(from, to);
        return (d.MinMonths + d.MaxMonths) / 2;
    }
}