using System.Collections.Immutable;
using Alkboard.Core.Genomics;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Evidence;

/// <summary>
/// Interprets alterations for a tumor type against the knowledge base. Pure: same inputs, same
/// output order. A compound profile is matched as a whole before its parts; partner-specific
/// fusion evidence comes before evidence for any ALK fusion.
/// </summary>
public static class Interpreter
{

    /// <summary>Interprets each input in order.</summary>
    public static ImmutableArray<Interpretation> Interpret(IEnumerable<string> inputs, string tumorType, KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(kb);
        return [.. inputs.Select(input => Interpret(input, tumorType, kb))];
    }

    /// <summary>Interprets one input.</summary>
    public static Interpretation Interpret(string input, string tumorType, KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        var parsed = AlterationParser.Parse(input, kb.Catalog);
        if (!parsed.Success)
        {
            return new Interpretation(input, null, null, AlterationKind.Unknown, [], "unreadable", false, [], [.. parsed.Notes], parsed.Error, [.. parsed.Candidates]);
        }

        return Interpret(parsed.Alteration!, input, tumorType, kb, parsed.Notes);
    }

    /// <summary>Interprets an already parsed alteration.</summary>
    public static Interpretation Interpret(Alteration alteration, string input, string tumorType, KnowledgeBase kb, IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(alteration);
        ArgumentNullException.ThrowIfNull(kb);
        var family = kb.FamilyOf(tumorType);
        var allNotes = new List<string>(notes ?? []);

        // A c. change is read through the knowledge base's hotspot table (issue 12, item 7): mapped, or said to be unmapped.
        if (alteration is { Kind: AlterationKind.Mutation, CdnaChange: { } cdna, Gene: { } cGene })
        {
            if (kb.HotspotOf(cGene, cdna) is { } hotspot && ProteinChange.TryParse(hotspot.Protein) is { } protein)
            {
                alteration = Alteration.Protein(cGene, [protein]);
                allNotes.Add($"{cGene} {cdna} read as p.{hotspot.Protein} through the hotspot table ({(hotspot.Grch37 is null ? string.Empty : $"GRCh37 {hotspot.Grch37}; ")}{string.Join(", ", kb.References(hotspot.Citations))})");
            }
            else
            {
                allNotes.Add($"{cGene} {cdna} is not in the knowledge base's hotspot table: its protein change is unknown and no protein-level evidence was applied");
            }
        }

        notes = allNotes;
        var implications = new List<Implication>();
        foreach (var statement in kb.Statements)
        {
            if (MatchOf(alteration, statement.Alteration) is not { } match)
            {
                continue;
            }

            // A tumor-agnostic approval is evidence in the patient's own tumor type (issue 11, item 5).
            var same = kb.FindTumorType(statement.TumorType)?.Agnostic == true
                || string.Equals(kb.FamilyOf(statement.TumorType), family, StringComparison.OrdinalIgnoreCase);
            foreach (var drug in statement.Drugs)
            {
                implications.Add(new Implication(drug, LevelFor(statement.Level, same), statement.Level, statement.Direction, same,
                    kb.FindTumorType(statement.TumorType)?.Code ?? statement.TumorType, match,
                    kb.References(statement.Citations), statement.Id, statement.SourceFile, statement.SourceGrade, statement.Summary, statement.Setting, statement.Patients));
            }
        }

        var ordered = implications
            .OrderBy(i => i.Match.Kind)
            .ThenBy(i => i.Level == EvidenceLevel.Level4) // clinical before preclinical (issue 11, item 8)
            .ThenByDescending(i => i.SameTumorType) // the patient's tumor type before extrapolated evidence
            .ThenByDescending(i => EvidenceLevels.Strength(i.Level))
            .ThenBy(EvidenceDesign.Rank)
            .ThenByDescending(i => i.Patients ?? 0)
            .ThenBy(i => i.Direction)
            .ThenBy(i => i.StatementId, StringComparer.Ordinal)
            .ToImmutableArray();
        var gene = kb.Genes.FirstOrDefault(g => g.Symbol == alteration.Gene);
        var known = ordered.Length > 0 || gene is not null;
        return new Interpretation(input, alteration.Normalized, alteration.Gene, alteration.Kind, [.. alteration.Partners], Role(alteration, gene, ordered),
            known, ordered, [.. notes ?? []], null, []);
    }

    /// <summary>Sensitivity evidence from another tumor type counts at most 3B ("another indication"); resistance and preclinical keep their level.</summary>
    public static EvidenceLevel LevelFor(EvidenceLevel inSource, bool sameTumorType) =>
        !sameTumorType && inSource is EvidenceLevel.Level1 or EvidenceLevel.Level2 or EvidenceLevel.Level3A ? EvidenceLevel.Level3B : inSource;

    /// <summary>How a statement's alteration applies to the patient's, or null when it does not.</summary>
    public static StatementMatch? MatchOf(Alteration patient, Alteration evidence)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(evidence);
        if (patient.Gene != evidence.Gene)
        {
            return null;
        }

        switch (patient.Kind, evidence.Kind)
        {
            case (AlterationKind.Fusion, AlterationKind.Fusion):
                if (evidence.FivePrimePartner is null)
                {
                    return new StatementMatch(MatchKind.AnyPartner);
                }

                return evidence.FivePrimePartner == patient.FivePrimePartner ? new StatementMatch(MatchKind.Partner) : null;
            case (AlterationKind.CopyNumber or AlterationKind.Expression, _) when patient.Kind == evidence.Kind:
                return patient.Call == evidence.Call ? new StatementMatch(MatchKind.Exact) : null;
            case (AlterationKind.Mutation, AlterationKind.Mutation):
                if (patient.CdnaChange is not null || evidence.CdnaChange is not null)
                {
                    return patient.CdnaChange == evidence.CdnaChange ? new StatementMatch(MatchKind.Exact) : null;
                }

                var change = patient.Changes[0];
                var rule = evidence.Changes[0];
                return change.IsCoveredBy(rule) ? new StatementMatch(rule.IsPositionOnly ? MatchKind.Position : MatchKind.Exact) : null;
            case (AlterationKind.Compound, AlterationKind.Compound):
                if (evidence.Changes.Length == patient.Changes.Length && evidence.Changes.All(e => patient.Changes.Any(p => p.IsCoveredBy(e))))
                {
                    return new StatementMatch(MatchKind.Exact);
                }

                return evidence.Changes.All(e => patient.Changes.Any(p => p.IsCoveredBy(e)))
                    ? new StatementMatch(MatchKind.Part, string.Join("+", evidence.Changes.Select(c => c.ShortForm)))
                    : null;
            case (AlterationKind.Compound, AlterationKind.Mutation):
                var single = evidence.Changes[0];
                return patient.Changes.FirstOrDefault(p => p.IsCoveredBy(single)) is { } part ? new StatementMatch(MatchKind.Part, part.ShortForm) : null;
            default:
                return null;
        }
    }

    private static string Role(Alteration alteration, GeneEntry? gene, ImmutableArray<Implication> implications)
    {
        if (gene is null)
        {
            return "unknown to the knowledge base";
        }

        // A fusion with the kinase at 5' is the reciprocal product: it does not carry the kinase domain (issue 12, item 7).
        if (alteration is { Kind: AlterationKind.Fusion, FivePrimePartner: { } five } && five != alteration.Gene && implications.IsEmpty && gene.Role == GeneRole.FusionPartner)
        {
            return $"reciprocal fusion ({five} at 5′): not the {five} kinase fusion; look for {alteration.Gene}::{five}";
        }

        // Evidence from neuroblastoma concerns full-length ALK with a primary activating mutation, not a secondary mutation in a fusion.
        var activating = implications.Any(i => i.SourceTumorType == "NBL") ? "; in neuroblastoma an activating mutation of full-length ALK" : string.Empty;
        return (alteration.Kind, gene.Role) switch
        {
            (AlterationKind.Fusion, GeneRole.KinaseDriver) => $"driver fusion ({alteration.Gene} kinase)",
            (AlterationKind.Mutation or AlterationKind.Compound, GeneRole.KinaseDriver) when implications.Any(i => i.Direction == EffectDirection.Resistance) => $"{alteration.Gene} kinase-domain mutation with resistance evidence{activating}",
            (AlterationKind.Mutation or AlterationKind.Compound, GeneRole.KinaseDriver) => $"{alteration.Gene} mutation{activating}",
            (AlterationKind.CopyNumber, GeneRole.KinaseDriver) => $"{alteration.Gene} copy-number change",
            (_, GeneRole.KinaseDriver) => "kinase driver",
            (_, GeneRole.Bypass) => "reported bypass (off-target) resistance mechanism",
            (_, GeneRole.CoAlteration) => "co-alteration",
            (_, GeneRole.FusionPartner) => "fusion partner gene",
            _ => throw new ArgumentOutOfRangeException(nameof(gene), gene.Role, "unknown gene role"),
        };
    }
}
