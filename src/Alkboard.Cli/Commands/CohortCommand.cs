using System.CommandLine;
using System.Globalization;
using Alkboard.Reports.Plots;
using Alkboard.Cli.Options;
using Alkboard.Cli.Rendering;
using Alkboard.Contracts.Cohorts;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Cohorts;
using Alkboard.Core.Cohorts.Statistics;

namespace Alkboard.Cli.Commands;

/// <summary><c>alkboard cohort response|survival|swimmer|waterfall</c>: pooled outcomes like a published case series.</summary>
internal static partial class CohortCommand
{
    public static Command Create(CommandContext context)
    {
        var cohort = new Command("cohort", "Pool patients from a folder of case files (or a registry CSV/TSV): response rates, survival, plots");
        cohort.Subcommands.Add(Response(context));
        cohort.Subcommands.Add(Survival(context));
        cohort.Subcommands.Add(PlotCommand(context, "swimmer", "Swimmer plot of therapy lines per patient with best responses", CohortPlots.Swimmer));
        cohort.Subcommands.Add(PlotCommand(context, "waterfall", "Waterfall plot of the best change in target-lesion sum", CohortPlots.Waterfall));
        return cohort;
    }

    private static Command Response(CommandContext context)
    {
        var folder = new Argument<string>("cases-dir") { Description = "A folder of case files" };
        var by = TypedOption.Choice("--by", $"Subgroups: drug, line, or a patient variable ({string.Join(", ", CohortVariables.PatientVariables.Select(CohortVariables.Word))})",
            TypedOption.Words(CohortVariables.LineVariables, CohortVariables.Word), CohortVariable.Drug);
        var format = AlkboardApp.FormatOption();
        var command = new Command("response", "Objective response (CR+PR) and disease control (CR+PR+SD) rates with exact and Wilson 95% intervals") { folder, by, format };
        command.SetAction(parse =>
        {
            if (LoadCohort(context, parse.GetValue(folder)!) is not { } c)
            {
                return ExitCodes.InvalidInput;
            }

            var rows = ResponseRates.Rows(c);
            var variable = parse.GetValue(by);
            var rates = ResponseRates.By(rows, variable);
            var comparison = ResponseRates.Compare(rates);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, ResponseRatesJson.From(c.Patients.Count, CohortVariables.Word(variable), rates, comparison, rows));
            }
            else
            {
                context.Out.WriteLine($"{c.Patients.Count} patients, {rows.Count} lines; by {CohortVariables.Word(variable)}; a line is evaluable with a best overall response other than NE");
                context.Out.WriteLine("Group | Lines | Evaluable | CR | PR | SD | PD | ORR % (exact 95% CI; Wilson) | DCR % (exact 95% CI; Wilson)");
                foreach (var r in rates)
                {
                    context.Out.WriteLine($"{r.Group} | {r.Lines} | {r.Evaluable} | {r.Cr} | {r.Pr} | {r.Sd} | {r.Pd} | {Percent(r.Orr, r.OrrWilson)} | {Percent(r.Dcr, r.DcrWilson)}");
                }

                if (comparison is not null)
                {
                    context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"ORR between {comparison.Groups.Count} groups: chi-square {comparison.ChiSquare.ChiSquare:0.###} on {comparison.ChiSquare.DegreesOfFreedom} df{(comparison.ChiSquare.YatesCorrection ? " (Yates)" : string.Empty)}, p = {comparison.ChiSquare.P:0.####}; Fisher's exact p = {(comparison.FisherP is { } f ? f.ToString("0.####", CultureInfo.InvariantCulture) : "not computed (table too large)")}; with counts this small, read them as descriptive"));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Percent(ProportionEstimate exact, ProportionEstimate wilson) => exact.Total == 0
        ? "none evaluable"
        : string.Create(CultureInfo.InvariantCulture, $"{exact.Successes}/{exact.Total} = {exact.Estimate * 100:0.0} ({exact.Lower * 100:0.0}–{exact.Upper * 100:0.0}; {wilson.Lower * 100:0.0}–{wilson.Upper * 100:0.0})");

    private static Cohort? LoadCohort(CommandContext context, string folder)
    {
        if (context.Knowledge() is not { } kb)
        {
            return null;
        }

        var loaded = CaseFolder.Load(folder, kb.Vocabulary);
        DiagnosticPrinter.Print(context.Error, loaded.Errors);
        return loaded.Success ? Cohort.FromCases(loaded.Cases.Select(l => (l.File, l.Case!))) : null;
    }

    private static Command PlotCommand(CommandContext context, string name, string description, Func<Cohort, string, IReadOnlyList<string>> draw)
    {
        var folder = new Argument<string>("cases-dir") { Description = "A folder of case files" };
        var plot = new Option<string>("--plot") { Description = "Output file, .svg or .png", Required = true };
        plot.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } p && !PlotFile.IsSupported(p))
            {
                r.AddError($"--plot: '{p}' must end in .svg or .png");
            }
        });
        var command = new Command(name, description) { folder, plot };
        command.SetAction(parse =>
        {
            if (LoadCohort(context, parse.GetValue(folder)!) is not { } c)
            {
                return ExitCodes.InvalidInput;
            }

            foreach (var note in draw(c, parse.GetValue(plot)!))
            {
                context.Error.WriteLine($"alkboard cohort {name}: left out {note}");
            }

            context.Out.WriteLine($"wrote {parse.GetValue(plot)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
