using Alkboard.Core.Evidence;
using Alkboard.Core.Import;
using Alkboard.Core.Knowledge;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Alkboard.Cli.Rendering;

/// <summary>Renders interpretations: one block per alteration with its implications table, and the "OncoKB (file)" section when a lab file holds OncoKB levels for it.</summary>
internal static class InterpretationRenderer
{
    public static void Render(IAnsiConsole console, IReadOnlyList<Interpretation> results, string tumor, KnowledgeBase kb, Func<Interpretation, IReadOnlyList<OncoKbComparison>>? oncoKb = null)
    {
        console.Write(new Rule(Markup.Escape($"Interpretation for {tumor} (knowledge base {kb.Release})")) { Justification = Justify.Left });
        var shown = 0;
        foreach (var r in results)
        {
            console.WriteLine();
            if (r.Error is { } error)
            {
                Line(console, $"{r.Input}: {error.Code} {error.Message}" + (r.Candidates.IsDefaultOrEmpty ? string.Empty : $" Candidates: {string.Join("; ", r.Candidates)}"));
                shown += OncoKb(console, r, oncoKb);
                continue;
            }

            Line(console, $"{r.Input} -> {r.Normalized} ({Alkboard.Contracts.Genomics.InterpretationJson.KindWord(r.Kind).Replace('_', ' ')}; {r.Role})");
            foreach (var note in r.Notes)
            {
                Line(console, "  note: " + note);
            }

            if (r.Implications.IsEmpty)
            {
                Line(console, r.Known ? "  no therapeutic evidence in the knowledge base" : "  unknown to the knowledge base: no evidence either way");
                shown += OncoKb(console, r, oncoKb);
                continue;
            }

            var table = new Table { Border = TableBorder.Simple };
            foreach (var header in new[] { "Drug", "Level", "Direction", "Evidence from", "Match", "Source", "Citations" })
            {
                table.AddColumn(new TableColumn(new Text(header)));
            }

            foreach (var i in r.Implications)
            {
                table.AddRow(Cells(
                    i.Drug,
                    EvidenceLevels.Code(i.Level) + (i.Level != i.LevelInSourceTumorType ? $" ({EvidenceLevels.Code(i.LevelInSourceTumorType)} in {i.SourceTumorType})" : string.Empty),
                    i.Direction == EffectDirection.Sensitivity ? "sensitivity" : "resistance",
                    i.SameTumorType ? i.SourceTumorType : $"{i.SourceTumorType} (extrapolated)",
                    i.Match.ToString().Replace('_', ' '),
                    EvidenceDesign.Describe(i),
                    string.Join("\n", i.Citations)));
            }

            console.Write(table);
            shown += OncoKb(console, r, oncoKb);
        }

        console.WriteLine();
        if (shown > 0)
        {
            Line(console, OncoKbRenderer.Beside);
        }

        Line(console, "Levels: 1 approved in this indication; 2 guideline; 3A clinical evidence in this indication; 3B clinical evidence in another indication (extrapolated); 4 preclinical; R1/R2 resistance (standard care / clinical).");
    }

    private static int OncoKb(IAnsiConsole console, Interpretation r, Func<Interpretation, IReadOnlyList<OncoKbComparison>>? oncoKb)
    {
        var comparisons = oncoKb?.Invoke(r) ?? [];
        OncoKbRenderer.Render(console, comparisons);
        return comparisons.Count;
    }

    private static IRenderable[] Cells(params string[] cells) => [.. cells.Select(c => (IRenderable)new Text(c))];

    private static void Line(IAnsiConsole console, string text)
    {
        console.Write(new Text(text));
        console.WriteLine();
    }
}