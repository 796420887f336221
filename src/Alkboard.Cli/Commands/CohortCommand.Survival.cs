using System.CommandLine;
using System.Diagnostics;
using Alkboard.Reports.Plots;
using Alkboard.Cli.Options;
using Alkboard.Cli.Rendering;
using Alkboard.Core.Cohorts;
using Alkboard.Core.Cohorts.Statistics;

namespace Alkboard.Cli.Commands;

internal static partial class CohortCommand
{
    private static Command Survival(CommandContext context)
    {
        var folder = new Argument<string?>("cases-dir") { Description = "A folder of case files (or use --csv)", Arity = ArgumentArity.ZeroOrOne };
        var endpoint = TypedOption.Choice("--endpoint", "For case folders: os (from diagnosis), pfs or tot (of the first ALK-inhibitor line); months",
            TypedOption.Words(SurvivalEndpoints.All, SurvivalEndpoints.Word), SurvivalEndpoint.OverallSurvival);
        var csv = new Option<string?>("--csv") { Description = "A CSV or TSV table with named columns (any registry export)" };
        var time = new Option<string?>("--time") { Description = "The time column of --csv" };
        var ev = new Option<string?>("--event") { Description = "The event column of --csv: 0/1 (1 = event), 1/2 (R: 2 = event) or true/false" };
        var group = new Option<string?>("--group") { Description = "Group column (--csv) or patient variable (cases folder)" };
        var strata = new Option<string?>("--strata") { Description = "Stratum column of --csv, for the stratified log-rank test" };
        var ties = TypedOption.Choice("--ties", "Cox ties: efron (default, as R) or breslow", [("efron", CoxTies.Efron), ("breslow", CoxTies.Breslow)], CoxTies.Efron);
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
            else if (hasFolder && r.GetValue(group) is { } g && PatientVariable(g) is null)
            {
                r.AddError($"--group: '{g}' is not a patient variable; use one of {string.Join(", ", CohortVariables.PatientVariables.Select(CohortVariables.Word))}");
            }
        });
        command.SetAction(parse => RunSurvival(context, new SurvivalSettings(parse.GetValue(folder), parse.GetValue(endpoint), parse.GetValue(csv), parse.GetValue(time), parse.GetValue(ev),
            parse.GetValue(group), parse.GetValue(strata), parse.GetValue(ties), parse.GetValue(plot), parse.GetValue(format))));
        return command;
    }

    /// <summary>What <c>cohort survival</c> was asked: a cases folder or a CSV with its columns; <see cref="Group"/> is a column of the CSV or a patient variable's word.</summary>
    private sealed record SurvivalSettings(string? Folder, SurvivalEndpoint Endpoint, string? Csv, string? Time, string? Event, string? Group, string? Strata, CoxTies Ties, string? Plot, OutputFormat Format);

    private static CohortVariable? PatientVariable(string word) =>
        CohortVariables.PatientVariables.Where(v => string.Equals(CohortVariables.Word(v), word, StringComparison.Ordinal)).Select(v => (CohortVariable?)v).FirstOrDefault();

    private static int RunSurvival(CommandContext context, SurvivalSettings settings)
    {
        var (folder, endpoint, csv, time, ev, group, strata, ties, plot, format) = settings;
        var clock = Stopwatch.StartNew();
        SurvivalSample sample;
        List<string> excluded;
        string? coding = null;
        string unit;
        string title;
        if (csv is not null)
        {
            var size = File.Exists(csv) ? new FileInfo(csv).Length : 0;
            if (size > 20_000_000 && size <= SurvivalTableReader.MaxFileBytes)
            {
                context.Error.WriteLine($"alkboard: reading {csv} ({size / 1_000_000.0:0} MB)...");
            }

            var read = SurvivalTableReader.ReadFile(csv, time!, ev!, group, strata);
            if (read.Table is not { } table)
            {
                DiagnosticPrinter.Print(context.Error, read.Diagnostics);
                return ExitCodes.For(read.Diagnostics);
            }

            (sample, excluded, coding) = (table.Sample, [.. table.Excluded], table.EventCoding);
            if (sample.Count > 100_000)
            {
                context.Error.WriteLine($"alkboard: {sample.Count:N0} subjects read in {clock.Elapsed.TotalSeconds:0.0} s");
            }

            unit = "time units of the file";
            title = Path.GetFileName(csv);
        }
        else
        {
            if (LoadCohort(context, folder!) is not { } c)
            {
                return ExitCodes.InvalidInput;
            }

            (sample, excluded) = SurvivalAnalyzer.FromCohort(c, endpoint, group is null ? CohortVariable.All : PatientVariable(group)!.Value);
            unit = "months";
            title = $"{SurvivalEndpoints.Word(endpoint).ToUpperInvariant()} from {SurvivalEndpoints.Origin(endpoint)}";
            if (sample.Count == 0)
            {
                context.Error.WriteLine($"{folder}: no patient has a computable {SurvivalEndpoints.Word(endpoint)}");
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
