using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Genomics;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Recommendation;

public sealed partial class RecommendationContext
{
    /// <summary>
    /// Interprets every positive finding. Mutations of one gene found in the same test are read
    /// as one compound profile (assumed in cis, as secondary ALK mutations usually are); an ALK
    /// rearrangement without a named partner, or ALK IHC positivity alone, is read as "ALK fusion".
    /// </summary>
    private static ImmutableArray<Interpretation> Interpret(PatientCase c, KnowledgeBase kb, string tumorType)
    {
        var result = new List<Interpretation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(Alteration alteration, string input, params string[] notes)
        {
            if (seen.Add(alteration.Normalized))
            {
                result.Add(Interpreter.Interpret(alteration, input, tumorType, kb, notes));
            }
        }

        foreach (var test in c.MolecularTests)
        {
            foreach (var fusion in test.Results.OfType<FusionCall>())
            {
                Add(Alteration.Fusion(fusion.FivePrimeGene, fusion.ThreePrimeGene), fusion.Describe());
            }

            foreach (var group in test.Results.OfType<SequenceVariant>().GroupBy(v => v.Gene))
            {
                var changes = group.Select(v => v.HgvsProtein is null ? null : ProteinChange.TryParse(v.HgvsProtein)).OfType<ProteinChange>().ToList();
                if (changes.Count > 0)
                {
                    Add(Alteration.Protein(group.Key, changes), string.Join(" + ", group.Select(v => v.Describe())),
                        changes.Count > 1 ? [$"{changes.Count} {group.Key} mutations in one sample ({test.Id}) are read as one compound profile (in cis assumed)"] : []);
                }

                foreach (var cdna in group.Where(v => v.HgvsProtein is null && v.HgvsCdna is not null))
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

        if (!seen.Any(s => s.EndsWith("::ALK", StringComparison.Ordinal) || s == "ALK fusion")
            && c.MolecularTests.SelectMany(t => t.Results).Any(r => r is IhcResult { Marker: "ALK", Result: IhcOutcome.Positive }))
        {
            Add(Alteration.Fusion(null, "ALK"), "ALK IHC positive", "ALK IHC positive without a recorded fusion: read as an ALK rearrangement (ALK expression correlates with rearrangement, seed 000); confirm by FISH or RNA-based NGS");
        }

        return [.. result];
    }
}
