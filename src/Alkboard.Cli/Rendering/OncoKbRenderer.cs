using Alkboard.Contracts.Import;
using Alkboard.Core.Import;
using Alkboard.Core.Knowledge;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Alkboard.Cli.Rendering;

/// <summary>
/// The "OncoKB (file)" section: a lab file's OncoKB levels for a result beside Alkboard's, with
/// the disagreement flag. It says whose claim the levels are (the file's, undated) every time.
/// </summary>
internal static class OncoKbRenderer
{
    /// <summary>Said once under every output that shows a file's OncoKB levels.</summary>
    public const string Beside = "OncoKB (file): a lab file's levels, shown beside Alkboard's interpretation; they do not change Alkboard's levels, ranking or recommendation.";

    /// <summary>The section under an interpretation (interpret's table output).</summary>
    public static void Render(IAnsiConsole console, IReadOnlyList<OncoKbComparison> comparisons)
    {
        foreach (var c in comparisons)
        {
            foreach (var line in Header(c))
            {
                Line(console, "  " + line);
            }

            if (!c.Drugs.IsEmpty)
            {
                var table = new Table { Border = TableBorder.Simple };
                foreach (var header in new[] { "Drug (file)", "OncoKB (file)", "Alkboard", "Flag" })
                {
                    table.AddColumn(new TableColumn(new Text(header)));
                }

                foreach (var d in c.Drugs)
                {
                    table.AddRow(new IRenderable[] { new Text(DrugCell(d)), new Text(FileCell(d)), new Text(AlkboardCell(d)), new Text(Flag(d)) });
                }

                console.Write(table);
            }

            foreach (var line in Footer(c))
            {
                Line(console, "  " + line);
            }
        }
    }

    /// <summary>The section of the import summary (plain text).</summary>
    public static void Write(TextWriter writer, IReadOnlyList<OncoKbComparison> comparisons)
    {
        foreach (var c in comparisons)
        {
            writer.WriteLine($"{c.Alteration}:");
            foreach (var line in Header(c))
            {
                writer.WriteLine("  " + line);
            }

            foreach (var d in c.Drugs)
            {
                writer.WriteLine($"    {DrugCell(d)}: file {FileCell(d)}; Alkboard {AlkboardCell(d)}; {Flag(d)}");
            }

            foreach (var line in Footer(c))
            {
                writer.WriteLine("  " + line);
            }
        }

        if (comparisons.Count > 0)
        {
            writer.WriteLine(Beside);
        }
    }

    private static IEnumerable<string> Header(OncoKbComparison c)
    {
        var a = c.Annotation;
        var p = a.Provenance;
        yield return $"OncoKB (file): {p.File}:{p.Line}{(p.Sample is null ? string.Empty : $", sample {p.Sample}")}; {OncoKbComparisonJson.ClaimOf(p.File)}";
        var annotatedFor = a.TumorType is { } t ? $"{t} ({a.TumorTypeSource})"
            : a.TumorTypeSource ?? "not stated (no CANCER_TYPE or ONCOTREE_CODE column; the annotator's clinical table can be given with the files)";
        yield return $"OncoKB (file): the sample's tumor type for these levels: {annotatedFor}; Alkboard's levels are for {c.TumorType}";
        var values = new[]
        {
            ("oncogenic", a.Oncogenic), ("mutation effect", a.MutationEffect), ("highest level", a.HighestLevel),
            ("gene in OncoKB", Bool(a.GeneInOncoKb)), ("variant in OncoKB", Bool(a.VariantInOncoKb)), ("annotated", Bool(a.Annotated)),
        }.Where(v => v.Item2 is not null).Select(v => $"{v.Item1} {v.Item2}");
        yield return $"OncoKB (file): {string.Join("; ", values.DefaultIfEmpty("no values"))}";
        foreach (var note in c.Notes)
        {
            yield return $"OncoKB (file): note: {note}";
        }
        if (c.Drugs.IsEmpty)
        {
            yield return "OncoKB (file): no therapeutic level";
        }
    }

    private static IEnumerable<string> Footer(OncoKbComparison c)
    {
        foreach (var d in c.Annotation.Diagnostic.Concat(c.Annotation.Prognostic))
        {
            yield return $"OncoKB (file): {d.Column} {d.TumorTypes} (Alkboard has no diagnostic or prognostic levels to compare)";
        }

        if (!c.Annotation.Citations.IsEmpty)
        {
            yield return $"OncoKB (file): {c.Annotation.Citations.Length} citation(s) in the file's annotation (in the JSON output)";
        }

        if (c.Disagrees)
        {
            yield return $"OncoKB (file): DISAGREES with Alkboard ({c.Disagreements.Length}):";
            foreach (var d in c.Disagreements)
            {
                yield return $"  - {OncoKbComparisonJson.KindWord(d.Kind).Replace('_', ' ')}: {d.Text}";
            }
        }
        else
        {
            yield return "OncoKB (file): no disagreement with Alkboard";
        }
    }

    private static string DrugCell(OncoKbDrugComparison d) =>
        d.Drug.Resolved is { } r ? $"{d.Drug.Written} -> {r.Value}{(d.Drug.FromCivicOnly ? " (CIViC therapy)" : string.Empty)}" : $"{d.Drug.Written} (unresolved)";

    private static string FileCell(OncoKbDrugComparison d) =>
        $"{(d.Treatment.Level is { } l ? EvidenceLevels.Code(l) : "no Alkboard level")} ({d.Treatment.Column}) {Word(d.Treatment.Direction)}{(d.Treatment.Drugs.Length > 1 ? $", in {d.Treatment.Written}" : string.Empty)}";

    private static string AlkboardCell(OncoKbDrugComparison d)
    {
        if (d.Agreement == OncoKbAgreement.Unresolved)
        {
            return "not in the vocabulary";
        }

        var other = d.Treatment.Direction == EffectDirection.Sensitivity ? EffectDirection.Resistance : EffectDirection.Sensitivity;
        var parts = new[]
        {
            d.AlkboardSameDirection is { } s ? $"{EvidenceLevels.Code(s)} {Word(d.Treatment.Direction)}" : null,
            d.AlkboardOppositeDirection is { } o ? $"{EvidenceLevels.Code(o)} {Word(other)}" : null,
        }.OfType<string>().ToList();
        return parts.Count == 0 ? "none" : string.Join("; ", parts);
    }

    private static string Flag(OncoKbDrugComparison d) => d.Disagrees
        ? "DISAGREES: " + OncoKbDrugJson.AgreementWord(d.Agreement).Replace('_', ' ')
        : OncoKbDrugJson.AgreementWord(d.Agreement).Replace('_', ' ');

    private static string Word(EffectDirection direction) => direction == EffectDirection.Sensitivity ? "sensitivity" : "resistance";

    private static string? Bool(bool? value) => value switch { true => "True", false => "False", null => null };

    private static void Line(IAnsiConsole console, string text)
    {
        console.Write(new Text(text));
        console.WriteLine();
    }
}
