using System.CommandLine;
using System.Diagnostics;
using Alkboard.Reports.Plots;
using Alkboard.Cli.Rendering;
using Alkboard.Core.Cohorts;
using Alkboard.Core.Cohorts.Statistics;

namespace Alkboard.Cli.Commands;

internal static partial class CohortCommand
{
    private static Command Survival(CommandContext context)
    {
        var folder = new Argument<string?>("cases-dir") { Description = "A folder of case files (or use --csv)", Arity = ArgumentArity.ZeroOrOne };
        var endpoint = new Option<string>("--endpoint") { Description = "For case folders: os (from diagnosis), pfs or tot (of the first ALK-inhibitor line); months", DefaultValueFactory = _ => "os" };
        endpoint.AcceptOnlyFromAmong("os", "pfs", "tot");
        var csv = new Option<string?>("--csv") { Description = "A CSV or TSV table with named columns (any registry export)" };
        var time = new Option<string?>("--time") { Description = "The time column of --csv" };
        var ev = new Option<string?>("--event") { Description = "The event column of --csv: 0/1 (1 = event), 1/2 (R: 2 = event) or true/false" };
        var group = new Option<string?>("--group") { Description = "Group column (--csv) or patient variable (cases folder)" };
        var strata = new Option<string?>("--strata") { Description = "Stratum column of --csv, for the stratified log-rank test" };
        var ties = new Option<string>("--ties") { Description = "Cox ties: efron (default, as R) or breslow", DefaultValueFactory = _ => "efron" };
        ties.AcceptOnlyFromAmong("efron", "breslow");
        var plot = new Option<string?>("--plot") { Description = "Kaplan–Meier plot file, .svg or .png" };
        plot.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } p && !PlotFile.IsSupported(p))
            {
                r.AddError($"--plot: '{p}' must end in .svg or .png");
            }
        });
        var format = AlkboardApp.FormatOption();
        var command = new Command("survival", "Kaplan–Meier with 95% limits and medians, log-rank and Cox hazard ratio, equal to R's survival package")
        {
            folder, endpoint, csv, time, ev, group, strata, ties, plot, format,
        };
        command.Validators.Add(r =>
        {
            var hasFolder = r.GetValue(folder) is not null;
            var hasCsv = r.GetValue(csv) is not null;
            if (hasFolder == hasCsv)
            {
                r.AddError("give a cases folder or --csv FILE, not both and not neither");
            }
            else if (hasCsv && (r.GetValue(time) is null || r.GetValue(ev) is null))
            {
                r.AddError("--csv needs --time COL and --event COL");
            }
        });
        command.SetAction(parse => RunSurvival(context, parse.GetValue(folder), parse.GetValue(endpoint)!, parse.GetValue(csv), parse.GetValue(time), parse.GetValue(ev),
            parse.GetValue(group), parse.GetValue(strata), parse.GetValue(ties) == "breslow" ? CoxTies.Breslow : CoxTies.Efron, parse.GetValue(plot), AlkboardApp.ParseFormat(parse.GetValue(format))));
        return command;
    }

    private static int RunSurvival(CommandContext context, string? folder, string endpoint, string? csv, string? time, string? ev, string? group, string? strata, CoxTies ties, string? plot, OutputFormat format)
    {
        var clock = Stopwatch.StartNew();
        SurvivalSample sample;
        List<string> excluded;
        string? coding = null;
        string unit;
        string title;
        if (csv is not null)
        {
            if (!File.Exists(csv))
            {
                context.Error.WriteLine($"{csv}: no such file");
                return ExitCodes.InvalidInput;
            }

            try
            {
                var size = new FileInfo(csv).Length;
                if (size > SurvivalTableReader.MaxFileBytes)
                {
                    context.Error.WriteLine($"{csv}: ALK-CSV-003: {size:N0} bytes; a survival table holds at most {SurvivalTableReader.MaxFileBytes:N0}");
                    return ExitCodes.InvalidInput;
                }

                if (size > 20_000_000)
                {
                    context.Error.WriteLine($"alkboard: reading {csv} ({size / 1_000_000.0:0} MB)...");
                }

                var table = SurvivalTableReader.Read(File.ReadAllText(csv), time!, ev!, group, strata);
                (sample, excluded, coding) = (table.Sample, [.. table.Excluded], table.EventCoding);
                if (sample.Count > 100_000)
                {
                    context.Error.WriteLine($"alkboard: {sample.Count:N0} subjects read in {clock.Elapsed.TotalSeconds:0.0} s");
                }
            }
            catch (FormatException ex)
            {
                context.Error.WriteLine($"{csv}: {ex.Message}");
                return ExitCodes.InvalidInput;
            }

            unit = "time units of the file";
            title = Path.GetFileName(csv);
        }
        else
        {
            if (group is not null && !Cohort.VariableNames.Contains(group))
            {
                context.Error.WriteLine($"--group: '{group}' is not a patient variable; use one of {string.Join(", ", Cohort.VariableNames)}");
                return ExitCodes.Usage;
            }

            if (LoadCohort(context, folder!) is not { } c)
            {
                return ExitCodes.InvalidInput;
            }

            (sample, excluded) = SurvivalAnalyzer.FromCohort(c, endpoint, group ?? "all");
            unit = "months";
            title = $"{endpoint.ToUpperInvariant()} from {(endpoint == "os" ? "diagnosis" : "the first ALK inhibitor")}";
            if (sample.Count == 0)
            {
                context.Error.WriteLine($"{folder}: no patient has a computable {endpoint}");
                foreach (var e in excluded)
                {
                    context.Error.WriteLine("  " + e);
                }

                return ExitCodes.InvalidInput;
            }
        }

        var progress = sample.Count > 100_000 ? new Progress(context.Error, clock) : null;
        var analysis = SurvivalAnalyzer.Analyze(sample, unit, excluded, coding, ties, progress);
        if (plot is not null)
        {
            KaplanMeierPlot.Save(analysis, title, plot);
        }

        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Out, Alkboard.Contracts.Cohorts.SurvivalJson.From(analysis, sample.Stratum is not null, plot));
        }
        else
        {
            WriteSurvivalTable(context.Out, analysis, sample.Stratum is not null, plot);
        }

        return ExitCodes.Ok;
    }

    private sealed class Progress(TextWriter error, Stopwatch clock) : IProgress<string>
    {
        public void Report(string value) => error.WriteLine($"alkboard: {value} ({clock.Elapsed.TotalSeconds:0.0} s)");
    }
}
