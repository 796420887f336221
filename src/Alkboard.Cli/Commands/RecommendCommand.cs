using System.CommandLine;
using System.Security.Cryptography;
using Alkboard.Cli.Rendering;
using Alkboard.Reports.Documents;
using Alkboard.Contracts.Recommendation;
using Alkboard.Core.Cases;
using Alkboard.Core.Recommendation;

namespace Alkboard.Cli.Commands;

/// <summary><c>alkboard recommend &lt;case&gt;</c>: the ranked, cited plan for the next step, as a tumor board report.</summary>
internal static class RecommendCommand
{
    private static readonly string[] Jurisdictions = ["US", "EU", "JP", "KR"];

    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("case") { Description = "A case file (.json, .yaml, .yml)" };
        var asOf = new Option<string?>("--as-of") { Description = "Decide as of this date (YYYY, YYYY-MM or YYYY-MM-DD); default: the whole record" };
        var afterLine = new Option<int?>("--after-line") { Description = "For histories without dates: decide after line N ended" };
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "Where the patient is treated: US, EU, JP or KR (approvals differ)" };
        jurisdiction.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } j && !Jurisdictions.Contains(j, StringComparer.OrdinalIgnoreCase))
            {
                r.AddError($"--jurisdiction: '{j}' is not one of {string.Join(", ", Jurisdictions)}");
            }
        });
        var format = new Option<string>("--format", "-f") { Description = "md (default), html (one printable page) or json", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html", "json", "table");
        var command = new Command("recommend", "Rank the next steps for a patient as of a date, with reasons, evidence, tests to order and mutation attribution")
        {
            file, asOf, afterLine, jurisdiction, format,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(asOf) is not null && r.GetValue(afterLine) is not null)
            {
                r.AddError("give --as-of or --after-line, not both");
            }
        });
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(asOf), parse.GetValue(afterLine), parse.GetValue(jurisdiction)?.ToUpperInvariant(), parse.GetValue(format)!));
        return command;
    }

    private static int Run(CommandContext context, string file, string? asOfText, int? afterLine, string? jurisdiction, string format)
    {
        PartialDate? date = null;
        if (asOfText is not null)
        {
            var parsed = PartialDate.Parse(asOfText);
            if (!parsed.Success)
            {
                context.Error.WriteLine($"alkboard recommend: --as-of: {parsed.Message}");
                return ExitCodes.Usage;
            }

            date = parsed.Value;
        }

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
            case "json":
                JsonOutput.Write(context.Out, RecommendationJson.From(report, kb, hash, RecommendationDocument.Disclaimer));
                break;
            case "html":
                context.Out.Write(HtmlWriter.Write($"Alkboard report {report.CaseAsOf.Patient.Id}", RecommendationDocument.Build(report, kb, shown, hash)));
                break;
            default:
                context.Out.Write(MarkdownWriter.Write(RecommendationDocument.Build(report, kb, shown, hash)));
                break;
        }

        return ExitCodes.Ok;
    }
}