using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Evidence;
using Alkboard.Core.Genomics;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Recommendation;

public sealed partial class RecommendationContext
{
    /// <summary>The note that marks a fusion call that cannot establish ALK positivity.</summary>
    internal const string NotEstablishing = "does not establish ALK positivity";

    /// <summary>A variant's protein change: as written (p.), or from its c. change through the hotspot table; null when neither gives one.</summary>
    internal static ProteinChange? ProteinOf(KnowledgeBase kb, SequenceVariant v) =>
        v.HgvsProtein is { } p ? ProteinChange.TryParse(p)
        : v.HgvsCdna is { } c && kb.HotspotOf(v.Gene, c) is { } hotspot ? ProteinChange.TryParse(hotspot.Protein)
        : null;

    /// <summary>Interprets one ALK mutation profile (two or more mutations of one test as one compound profile, in cis assumed).</summary>
    internal Interpretation InterpretProfile(ImmutableArray<SequenceVariant> variants)
    {
        var changes = variants.Select(v => ProteinOf(Kb, v)).OfType<ProteinChange>().ToList();
        var input = string.Join(" + ", variants.Select(v => v.Describe()));
        if (changes.Count == 0)
        {
            var cdna = variants[0];
            return Interpreter.Interpret(new Alteration(AlterationKind.Mutation, cdna.Gene, null, null, null, [], cdna.HgvsCdna, null), input, TumorType, Kb);
        }

        return Interpreter.Interpret(Alteration.Protein("ALK", changes), input, TumorType, Kb,
            changes.Count > 1 ? [$"{changes.Count} ALK mutations in one sample are read as one compound profile (in cis assumed)"] : []);
    }

    /// <summary>
    /// Interprets every positive finding. Mutations of one gene found in the same test are read
    /// as one compound profile (assumed in cis, as secondary ALK mutations usually are); an ALK
    /// rearrangement without a named partner, or ALK IHC positivity alone, is read as "ALK fusion";
    /// a fusion call that cannot establish ALK positivity is interpreted and marked so, and gives way
    /// to an establishing call of the same fusion in another test (kept in the first one's place).
    /// </summary>
    private static ImmutableArray<Interpretation> Interpret(PatientCase c, KnowledgeBase kb, string tumorType, AlkStatus status)
    {
        var result = new List<Interpretation>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        static bool Marked(Interpretation i) => i.Notes.Any(n => n.StartsWith(NotEstablishing, StringComparison.Ordinal));
        void Add(Alteration alteration, string input, params string[] notes)
        {
            if (seen.TryAdd(alteration.Normalized, result.Count))
            {
                result.Add(Interpreter.Interpret(alteration, input, tumorType, kb, notes));
            }
            else if (notes.Length == 0 && alteration.Kind == AlterationKind.Fusion && Marked(result[seen[alteration.Normalized]]))
            {
                result[seen[alteration.Normalized]] = Interpreter.Interpret(alteration, input, tumorType, kb, notes);
            }
        }

        foreach (var test in c.MolecularTests)
        {
            foreach (var fusion in test.Results.OfType<FusionCall>())
            {
                var establishes = fusion.ThreePrimeGene != "ALK" || AlkStatus.Establishes(test, fusion);
                var method = CaseWords.Of(test.Method).Replace('_', ' ');
                Add(Alteration.Fusion(fusion.FivePrimeGene, fusion.ThreePrimeGene), fusion.Describe(),
                    establishes ? []
                    : fusion.OrientationCaveat is { } caveat ? [$"{NotEstablishing}: {fusion.Describe()} on {method}: orientation not given by the source: {caveat}; confirm by RNA-based NGS or ALK IHC"]
                    : [$"{NotEstablishing}: {fusion.Describe()} on {method} needs RNA or protein confirmation"]);
            }

            foreach (var group in test.Results.OfType<SequenceVariant>().GroupBy(v => v.Gene))
            {
                var changes = group.Select(v => ProteinOf(kb, v)).OfType<ProteinChange>().ToList();
                if (changes.Count > 0)
                {
                    Add(Alteration.Protein(group.Key, changes), string.Join(" + ", group.Select(v => v.Describe())),
                        changes.Count > 1 ? [$"{changes.Count} {group.Key} mutations in one sample ({test.Id}) are read as one compound profile (in cis assumed)"] : []);
                }

                foreach (var cdna in group.Where(v => v.HgvsProtein is null && v.HgvsCdna is not null && ProteinOf(kb, v) is null))
                {
                    Add(new Alteration(AlterationKind.Mutation, cdna.Gene, null, null, null, [], cdna.HgvsCdna, null), cdna.Describe());
                }
            }

            foreach (var cn in test.Results.OfType<CopyNumberChange>())
            {
                Add(new Alteration(AlterationKind.CopyNumber, cn.Gene, null, null, null, [], null, CaseWords.Of(cn.Call)), cn.Describe());
            }

            foreach (var ex in test.Results.OfType<ExpressionChange>())
            {
                Add(new Alteration(AlterationKind.Expression, ex.Gene, null, null, null, [], null, CaseWords.Of(ex.Direction)), ex.Describe());
            }
        }

        var establishedFusion = c.MolecularTests.Any(t => t.Results.OfType<FusionCall>().Any(f => f.ThreePrimeGene == "ALK" && AlkStatus.Establishes(t, f)));
        if (!establishedFusion && status.TreatAsPositive && !seen.ContainsKey("ALK fusion"))
        {
            var why = c.MolecularTests.SelectMany(t => t.Results).Any(r => r is IhcResult { Marker: "ALK", Result: IhcOutcome.Positive })
                ? "ALK IHC positive without a recorded fusion: read as an ALK rearrangement (ALK expression correlates with rearrangement, seed 000); confirm by FISH or RNA-based NGS"
                : $"ALK status {CaseWords.Of(status.Kind).Replace('_', ' ')}: read as an ALK rearrangement of unknown partner; confirm by RNA-based NGS";
            Add(Alteration.Fusion(null, "ALK"), "ALK positive", why);
        }

        return [.. result];
    }
}
