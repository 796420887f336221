using System.Globalization;
using Alkboard.Core.Cases;
using Alkboard.Core.Knowledge;
using Alkboard.Core.Recist;
using Alkboard.Core.Recommendation;

namespace Alkboard.Reports.Documents;

/// <summary>The tumor board report as blocks: summary, timeline, findings, responses, options, tests, attributions, provenance.</summary>
public static class RecommendationDocument
{
    /// <summary>The decision-support disclaimer at the top of every report and in the JSON.</summary>
    public const string Disclaimer = "Decision support only. Alkboard ranks options from the recorded history and a cited knowledge base; it does not replace the judgement of the treating physicians and the tumor board, and it is not a prescription.";

    /// <summary>The report for one recommendation.</summary>
    /// <param name="r">The engine's report.</param>
    /// <param name="kb">The knowledge base it used (release and date go into the provenance).</param>
    /// <param name="file">The input case file as shown to the reader.</param>
    /// <param name="inputHash">The SHA-256 of the input.</param>
    /// <returns>The blocks, in reading order.</returns>
    public static List<Block> Build(RecommendationReport r, KnowledgeBase kb, string file, string inputHash)
    {
        var c = r.CaseAsOf;
        var blocks = new List<Block>
        {
            new Heading(1, $"Tumor board report: {c.Patient.Id}"),
            new Notice(Disclaimer),
            new Heading(2, "Patient and decision"),
            new Bullets([
                $"Patient {c.Patient.Id}: {(c.Patient.Sex == Sex.Unknown ? "sex not stated" : CaseWords.Of(c.Patient.Sex))}{(r.Age is { } age ? $", {age} years at the decision" : string.Empty)}; tumor type {r.TumorType}",
                $"Source: {c.Source.Citation}",
                $"As of: {r.AsOf}{(r.Jurisdiction is null ? string.Empty : $"; treated in {r.Jurisdiction}")}",
                $"Decision point: {Word(r.DecisionPoint)} ({r.Situation})",
            ]),
            new Heading(2, "Timeline"),
            new TableBlock(["Line", "Drugs", "Start", "End", "Duration", "Stopped", "Best response"],
                [.. c.TherapyLines.Select(l => (IReadOnlyList<string>)[
                    l.Number.ToString(CultureInfo.InvariantCulture), l.DrugsText, l.Start?.Text ?? "-", l.End?.Text ?? "-",
                    l.Duration?.ToDisplayString() ?? "-", CaseWords.Of(l.ReasonStopped).Replace('_', ' '),
                    Best(r.Responses.Lines.FirstOrDefault(x => x.Line == l.Number))])]),
        };
        if (c.LocalTherapies.Length > 0)
        {
            blocks.Add(new Bullets([.. c.LocalTherapies.Select(t => $"{t.Date?.Text ?? "date not stated"}: {CaseWords.Of(t.Kind)}, {t.Procedure ?? string.Join(", ", t.Sites)}{(t.Margin is { } m ? $" ({m})" : string.Empty)}")]));
        }

        blocks.Add(new Heading(2, "ALK status"));
        blocks.Add(new Bullets([
            $"{Word(r.AlkStatus.Kind)}{(r.AlkStatus.ConfirmingTest is { } confirm ? $"; to confirm: {confirm}" : string.Empty)}",
            .. r.AlkStatus.Reasons]));
        if (r.MutationStates.Length > 0)
        {
            blocks.Add(new Heading(2, "ALK mutation profiles now"));
            blocks.Add(new TableBlock(["Profile", "Test", "State", "Why"],
                [.. r.MutationStates.Select(m => (IReadOnlyList<string>)[m.Text, m.TestId, Word(m.State), m.Reason])]));
        }

        blocks.Add(new Heading(2, "Findings and their interpretation"));
        blocks.Add(r.Findings.Length == 0
            ? new Paragraph("No molecular findings recorded.")
            : new TableBlock(["Finding", "Role", "Strongest evidence (level, drug, direction, tumor type)"],
                [.. r.Findings.Select(f => (IReadOnlyList<string>)[f.Normalized ?? f.Input, f.Role, Strongest(f)])]));
        blocks.Add(new Heading(2, "Response history (RECIST 1.1)"));
        blocks.Add(new TableBlock(["Line", "Drugs", "Best overall response", "PFS", "Time on treatment"],
            [.. r.Responses.Lines.Select(l => (IReadOnlyList<string>)[l.Line.ToString(CultureInfo.InvariantCulture), string.Join(" + ", l.Drugs), Best(l), l.ProgressionFreeSurvival?.Text ?? "-", l.TimeOnTreatment?.Text ?? "-"])]));
        blocks.Add(new Heading(2, "Ranked options"));
        if (r.DecisionPoint == DecisionPoint.Deceased)
        {
            blocks.Add(new Paragraph($"No treatment is recommended: {r.Situation}. The history and responses above are kept for the registry."));
        }

        foreach (var o in r.Options)
        {
            blocks.Add(new Heading(3, $"{o.Rank}{(o.Tie is null ? string.Empty : " (tied)")}. {o.Title} ({Word(o.Kind)}{(o.Level is { } lv ? $", level {EvidenceLevels.Code(lv)}" : string.Empty)}, score {o.Score})"));
            blocks.Add(new TableBlock(["Factor", "Effect", "Detail"], [.. o.Factors.Select(f => (IReadOnlyList<string>)[f.Name, f.Effect.ToString("+0;-0;0", CultureInfo.InvariantCulture), f.Detail])]));
            var notes = new List<string>();
            if (o.Tie is { } tie)
            {
                notes.Add("Tie: " + tie);
            }

            notes.AddRange(o.Warnings.Select(w => "Warning: " + w.Text));
            if (o.Citations.Length > 0)
            {
                notes.Add("Evidence: " + string.Join(", ", o.Citations));
            }

            notes.Add("Rule: " + o.Rule);
            blocks.Add(new Bullets(notes));
        }

        blocks.Add(new Heading(2, "Tests to order"));
        blocks.Add(r.TestsToOrder.Length == 0
            ? new Paragraph("None beyond routine restaging.")
            : new Bullets([.. r.TestsToOrder.Select(t => $"{t.Test}: {t.Reason} ({t.Rule}; {string.Join(", ", t.Citations)})")]));
        if (r.Attributions.Length > 0)
        {
            blocks.Add(new Heading(2, "Alterations that emerged on therapy"));
            blocks.Add(new Bullets([.. r.Attributions.Select(a => a.Statement)]));
        }

        if (r.Assumptions.Length > 0)
        {
            blocks.Add(new Heading(2, "Assumptions of this decision"));
            blocks.Add(new Bullets([.. r.Assumptions]));
        }

        if (r.UnreadNotes.Length > 0)
        {
            blocks.Add(new Heading(2, "Notes in the record that the engine did not read"));
            blocks.Add(new Paragraph("Free text is never evaluated: read these before deciding."));
            blocks.Add(new Bullets([.. r.UnreadNotes]));
        }

        blocks.Add(new Heading(2, "Provenance"));
        blocks.Add(new Bullets([
            $"Knowledge base release {kb.Release} ({kb.ReleaseDate}), content SHA-256 {kb.ContentDigest} (for a published release: sha256sum of its MANIFEST.sha256)",
            $"Engine version {r.EngineVersion}; rules applied: {string.Join(", ", r.RulesApplied)}",
            $"Input: {file} (SHA-256 {inputHash})",
            "Levels: 1 approved in this indication; 2 guideline; 3A clinical evidence in this indication; 3B clinical evidence in another indication (extrapolated); 4 preclinical; R1/R2 resistance.",
        ]));
        return blocks;
    }

    private static string Best(LineResponse? line) =>
        line?.BestOverallResponse is { } b ? $"{ResponseCategoryCodes.Code(b)} ({line.BestOverallResponseSource})" : "-";

    private static string Strongest(Core.Evidence.Interpretation f)
    {
        if (f.Implications.IsEmpty)
        {
            return f.Known ? "no therapeutic evidence in the knowledge base" : "unknown to the knowledge base";
        }

        var i = f.Implications.OrderByDescending(x => EvidenceLevels.Strength(x.Level)).ThenByDescending(x => x.SameTumorType).First();
        return $"{EvidenceLevels.Code(i.Level)} {i.Drug} {(i.Direction == EffectDirection.Sensitivity ? "sensitivity" : "resistance")}, {(i.SameTumorType ? i.SourceTumorType : $"extrapolated from {i.SourceTumorType}")} [{string.Join(", ", i.Citations)}]; {f.Implications.Length} statement(s) in all";
    }

    private static string Word<T>(T value) where T : struct, Enum => CaseWords.Of(value).Replace('_', ' ');
}