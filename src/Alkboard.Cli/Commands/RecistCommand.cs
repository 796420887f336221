using System.CommandLine;
using Alkboard.Cli.Rendering;
using Alkboard.Contracts.Recist;
using Alkboard.Core.Recist;

namespace Alkboard.Cli.Commands;

/// <summary><c>alkboard recist &lt;case&gt;</c>: RECIST 1.1 per line and outcome endpoints.</summary>
internal static class RecistCommand
{
    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("case") { Description = "A case file (.json, .yaml, .yml)" };
        var line = new Option<int?>("--line") { Description = "Only this line of therapy" };
        var confirm = new Option<bool>("--confirm") { Description = "Require CR/PR to be confirmed by a later assessment (default 28 days later)" };
        var confirmDays = new Option<int>("--confirm-days") { Description = "Days between a response and its confirmation", DefaultValueFactory = _ => RecistRules.ConfirmationMinimumDays };
        var sdDays = new Option<int>("--sd-min-days") { Description = "Stable disease counts as best response only this many days after the line started", DefaultValueFactory = _ => 42 };
        var window = new Option<int>("--baseline-window-days") { Description = "How many days before the start a baseline may be", DefaultValueFactory = _ => 28 };
        foreach (var option in new[] { confirmDays, sdDays, window })
        {
            option.Validators.Add(r =>
            {
                // The token, not GetValueOrDefault: a value that is not a whole number is already its own
                // parse error, and reading it here would throw.
                if (r.Tokens.Count > 0 && int.TryParse(r.Tokens[^1].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var days) && days is < 0 or > 3650)
                {
                    r.AddError($"{r.Option.Name} must be between 0 and 3650 days");
                }
            });
        }

        var format = AlkboardApp.FormatOption();
        var command = new Command("recist", "RECIST 1.1 response per line of therapy (time points, best overall response) and endpoints (PFS, time to and duration of response, time on treatment, overall survival)")
        {
            file, line, confirm, confirmDays, sdDays, window, format,
        };
        command.SetAction(parse => Run(
            context,
            parse.GetValue(file)!,
            parse.GetValue(line),
            new RecistOptions(parse.GetValue(confirm), parse.GetValue(confirmDays), parse.GetValue(sdDays), parse.GetValue(window)),
            parse.GetValue(format)));
        return command;
    }

    private static int Run(CommandContext context, string file, int? line, RecistOptions options, OutputFormat format)
    {
        if (context.LoadCase(file) is not { } patientCase)
        {
            return ExitCodes.InvalidInput;
        }

        if (line is { } wanted && patientCase.TherapyLines.All(l => l.Number != wanted))
        {
            context.Error.WriteLine($"{file}: the case has no line {wanted} (it has lines 1–{patientCase.TherapyLines.Length})");
            return ExitCodes.InvalidInput;
        }

        var report = RecistEngine.Evaluate(patientCase, options);
        if (line is { } only)
        {
            report = report with { Lines = [.. report.Lines.Where(l => l.Line == only)], Problems = [.. report.Problems.Where(p => p.Line == only)] };
        }

        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Out, RecistJson.From(report, options));
        }
        else
        {
            RecistRenderer.Render(context.Console(), report, options);
        }

        var diagnostics = report.Problems.Select(p => p.ToDiagnostic(file)).ToList();
        DiagnosticPrinter.Print(context.Error, diagnostics);
        return ExitCodes.For(diagnostics);
    }
}
