using System.CommandLine;
using System.Security.Cryptography;
using Alkboard.Cli.Options;
using Alkboard.Cli.Rendering;
using Alkboard.Contracts.Recommendation;
using Alkboard.Core.Cases;
using Alkboard.Core.Recommendation;
using Alkboard.Reports.Documents;

namespace Alkboard.Cli.Commands;

/// <summary><c>alkboard recommend &lt;case&gt;</c>: the ranked, cited plan for the next step, as a tumor board report.</summary>
internal static class RecommendCommand
{
    private static readonly string[] Jurisdictions = ["US", "EU", "JP", "KR"];

    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("case") { Description = "A case file (.json, .yaml, .yml)" };
        var asOf = TypedOption.Date("--as-of", "Decide as of this date (YYYY, YYYY-MM or YYYY-MM-DD); default: the whole record");
        var afterLine = new Option<int?>("--after-line") { Description = "For histories without dates: decide after line N ended" };
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "Where the patient is treated: US, EU, JP or KR (approvals differ)" };
        jurisdiction.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } j && !Jurisdictions.Contains(j, StringComparer.OrdinalIgnoreCase))
            {
                r.AddError($"--jurisdiction: '{j}' is not one of {string.Join(", ", Jurisdictions)}");
            }
        });
        var format = TypedOption.Choice("--format", "md (default), html (one printable page) or json; table is md",
            [("md", ReportFormat.Markdown), ("html", ReportFormat.Html), ("json", ReportFormat.Json), ("table", ReportFormat.Markdown)], ReportFormat.Markdown, "-f");
        var command = new Command("recommend", "Rank the next steps for a patient as of a date, with reasons, evidence, tests to order and mutation attribution")
        {
            file, asOf, afterLine, jurisdiction, format,
        };
        command.Validators.Add(r =>
        {
            // Presence, not values: a value that does not parse is already its own error.
            if (r.GetResult(asOf) is not null && r.GetResult(afterLine) is not null)
            {
                r.AddError("give --as-of or --after-line, not both");
            }
        });
        command.SetAction(parse => Run(context, new Settings(parse.GetValue(file)!, parse.GetValue(asOf), parse.GetValue(afterLine), parse.GetValue(jurisdiction)?.ToUpperInvariant(), parse.GetValue(format))));
        return command;
    }

    /// <summary>The report formats of <c>recommend</c>.</summary>
    private enum ReportFormat
    {
        Markdown,
        Html,
        Json,
    }

    /// <summary>What <c>recommend</c> was asked.</summary>
    private sealed record Settings(string File, PartialDate? AsOf, int? AfterLine, string? Jurisdiction, ReportFormat Format);

    private static int Run(CommandContext context, Settings settings)
    {
        var (file, date, afterLine, jurisdiction, format) = settings;
        if (context.LoadCase(file) is not { } patientCase)
        {
            return ExitCodes.InvalidInput;
        }

        if (afterLine is { } n && patientCase.TherapyLines.All(l => l.Number != n))
        {
            context.Error.WriteLine($"{file}: --after-line {n}: the case has no line {n}");
            return ExitCodes.InvalidInput;
        }

        if (date is { } on && RecordSpan.Check(patientCase, on) is { } outside)
        {
            context.Error.WriteLine($"{file}: --as-of {on}: {outside}");
            return ExitCodes.InvalidInput;
        }

        if (context.Knowledge() is not { } kb)
        {
            return ExitCodes.InvalidInput;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        var report = RecommendationEngine.Recommend(patientCase, kb, new RecommendationRequest(new AsOf(date, afterLine), jurisdiction));
        var shown = file.Replace('\\', '/');
        switch (format)
        {
            case ReportFormat.Json:
                JsonOutput.Write(context.Out, RecommendationJson.From(report, kb, hash, RecommendationDocument.Disclaimer));
                break;
            case ReportFormat.Html:
                context.Out.Write(HtmlWriter.Write($"Alkboard report {report.CaseAsOf.Patient.Id}", RecommendationDocument.Build(report, kb, shown, hash)));
                break;
            case ReportFormat.Markdown:
                context.Out.Write(MarkdownWriter.Write(RecommendationDocument.Build(report, kb, shown, hash)));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), format, "unknown report format");
        }

        return ExitCodes.Ok;
    }
}