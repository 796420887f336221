using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Evidence;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>
/// Sets a file's OncoKB levels beside Alkboard's interpretation of the same result and flags each
/// disagreement (docs/import.md, "OncoKB annotations"): a drug the file levels that Alkboard does
/// not, or levels at another level, or in the other direction (Alkboard's call for a drug is the
/// direction of its strongest evidence for it), and an oncogenicity that contradicts Alkboard's
/// evidence. The same drug at the same level in the same direction always agrees. Both sides'
/// drugs are resolved the same way (<see cref="KnowledgeBase.EvidenceDrugOf"/>: the drug vocabulary,
/// then the names of therapies known only from imported CIViC evidence) and compared by canonical
/// name, so a name neither knows is never matched by spelling. A fusion whose orientation the file
/// does not give is compared as Alkboard read it, and the comparison says so. Pure and
/// display-only: it reads the interpretation and changes nothing.
/// </summary>
public static class OncoKbComparer
{
    /// <summary>Interprets each annotated result for <paramref name="tumorType"/> and compares.</summary>
    public static ImmutableArray<OncoKbComparison> CompareAll(IEnumerable<OncoKbAnnotation> annotations, string tumorType, KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        ArgumentNullException.ThrowIfNull(kb);
        return [.. annotations.Select(a => Compare(a, Interpreter.Interpret(ImportedAlteration.Text(a.Result), tumorType, kb), tumorType, kb))];
    }

    /// <summary>Compares one annotation with Alkboard's interpretation of the same result.</summary>
    public static OncoKbComparison Compare(OncoKbAnnotation annotation, Interpretation alkboard, string tumorType, KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        ArgumentNullException.ThrowIfNull(alkboard);
        ArgumentNullException.ThrowIfNull(kb);
        var alteration = alkboard.Normalized ?? alkboard.Input;
        var disagreements = new List<OncoKbDisagreement>();
        if (alkboard.Error is { } error)
        {
            disagreements.Add(new(OncoKbDisagreementKind.NotInterpreted, $"Alkboard could not read '{alkboard.Input}' ({error.Code}): nothing to compare the file's levels with"));
        }

        var resolved = alkboard.Implications.Select(i => (Implication: i, Drug: kb.EvidenceDrugOf(i.Drug)?.Name)).ToList();
        var drugs = ImmutableArray.CreateBuilder<OncoKbDrugComparison>();
        foreach (var treatment in annotation.Treatments)
        {
            foreach (var drug in treatment.Drugs)
            {
                var comparison = Drug(treatment, drug, resolved);
                drugs.Add(comparison);
                if (Disagreement(comparison, alteration) is { } d)
                {
                    disagreements.Add(d);
                }
            }
        }

        if (Oncogenicity(annotation.Oncogenic, alkboard) is { } text)
        {
            disagreements.Add(new(OncoKbDisagreementKind.Oncogenicity, text));
        }

        return new OncoKbComparison(annotation, alteration, tumorType, drugs.ToImmutable(), Levels(alkboard, kb), [.. disagreements])
        {
            Notes = [.. Notes(annotation.Result, alteration)],
        };
    }

    /// <summary>What the reader of the comparison must know about the result compared: a fusion whose 5'/3' order the file does not give.</summary>
    private static IEnumerable<string> Notes(MolecularResult result, string alteration)
    {
        if (result is FusionCall { OrientationCaveat: { } caveat } f)
        {
            yield return $"orientation not given by the file: Alkboard's levels are for {alteration}, its reading of the pair; {caveat}, "
                + $"so the call does not establish {f.ThreePrimeGene} positivity by itself";
        }
    }

    private static OncoKbDrugComparison Drug(OncoKbTreatment treatment, OncoKbDrug drug, List<(Implication Implication, DrugName? Drug)> alkboard)
    {
        if (drug.Resolved is not { } name)
        {
            return new(treatment, drug, null, null, OncoKbAgreement.Unresolved);
        }

        var same = Strongest(alkboard.Where(a => a.Drug == name && a.Implication.Direction == treatment.Direction).Select(a => a.Implication));
        var opposite = Strongest(alkboard.Where(a => a.Drug == name && a.Implication.Direction != treatment.Direction).Select(a => a.Implication));
        // The same level in the same direction agrees before anything else: Alkboard's stronger
        // evidence the other way is shown beside it (AlkboardOppositeDirection), not a disagreement.
        var agreement = (same, opposite) switch
        {
            (null, null) => OncoKbAgreement.NotLeveledByAlkboard,
            (null, _) => OncoKbAgreement.OppositeDirection,
            ({ } s, _) when s == treatment.Level => OncoKbAgreement.Agrees,
            ({ } s, { } o) when EvidenceLevels.Strength(o) > EvidenceLevels.Strength(s) => OncoKbAgreement.OppositeDirection,
            _ when treatment.Level is null => OncoKbAgreement.NoEquivalentLevel,
            _ => OncoKbAgreement.DifferentLevel,
        };
        return new(treatment, drug, same, opposite, agreement);
    }

    /// <summary>The strongest level of some implications; of equal strengths the first in the interpretation's order.</summary>
    private static EvidenceLevel? Strongest(IEnumerable<Implication> implications)
    {
        Implication? best = null;
        foreach (var i in implications)
        {
            if (best is null || EvidenceLevels.Strength(i.Level) > EvidenceLevels.Strength(best.Level))
            {
                best = i;
            }
        }

        return best?.Level;
    }

    private static OncoKbDisagreement? Disagreement(OncoKbDrugComparison c, string alteration)
    {
        var file = $"the file levels {c.Drug.Written} {c.Treatment.Column}{(c.Treatment.Drugs.Length > 1 ? $" (in {c.Treatment.Written})" : string.Empty)}";
        return c.Agreement switch
        {
            OncoKbAgreement.Unresolved => new(OncoKbDisagreementKind.UnresolvedDrug,
                $"{file}; '{c.Drug.Written}' is outside Alkboard's drug vocabulary (unresolved), so Alkboard levels no drug of that name"),
            OncoKbAgreement.NotLeveledByAlkboard => new(OncoKbDisagreementKind.NotLeveledByAlkboard,
                $"{file}; Alkboard has no evidence for {c.Drug.Resolved} with {alteration}"),
            OncoKbAgreement.DifferentLevel => new(OncoKbDisagreementKind.DifferentLevel,
                $"{file} (level {Code(c.Treatment.Level)}); Alkboard's strongest {Word(c.Treatment.Direction)} level for {c.Drug.Resolved} is {Code(c.AlkboardSameDirection)}"),
            OncoKbAgreement.OppositeDirection => new(OncoKbDisagreementKind.OppositeDirection,
                $"{file} ({Word(c.Treatment.Direction)}); Alkboard's {(c.AlkboardSameDirection is null ? "only" : "stronger")} evidence for {c.Drug.Resolved} is {Word(Other(c.Treatment.Direction))} (level {Code(c.AlkboardOppositeDirection)})"),
            _ => null,
        };
    }

    /// <summary>
    /// The file's ONCOGENIC value (OncoKB's own words, as its README lists them) against Alkboard's evidence. Alkboard states no oncogenicity of its
    /// own, so only two readings contradict it: a (likely) neutral alteration Alkboard holds
    /// therapeutic evidence for, and a resistance alteration Alkboard holds only sensitivity evidence for.
    /// </summary>
    private static string? Oncogenicity(string? oncogenic, Interpretation alkboard)
    {
        if (oncogenic is null || alkboard.Implications.IsEmpty)
        {
            return null;
        }

        if (oncogenic.Equals("Likely Neutral", StringComparison.OrdinalIgnoreCase) || oncogenic.Equals("Neutral", StringComparison.OrdinalIgnoreCase))
        {
            return $"the file calls it '{oncogenic}'; Alkboard holds {alkboard.Implications.Length} therapeutic implication(s) for it";
        }

        return oncogenic.Equals("Resistance", StringComparison.OrdinalIgnoreCase) && alkboard.Implications.All(i => i.Direction == EffectDirection.Sensitivity)
            ? "the file calls it a resistance alteration; Alkboard holds only sensitivity evidence for it"
            : null;
    }

    /// <summary>
    /// Alkboard's levels per drug, grouped by canonical name (the implication's drug as the
    /// comparison resolves it; the knowledge base's own key when nothing resolves it), in the
    /// interpretation's order.
    /// </summary>
    private static ImmutableArray<AlkboardDrugLevels> Levels(Interpretation alkboard, KnowledgeBase kb)
    {
        var keyed = alkboard.Implications.Select(i => (Key: kb.EvidenceDrugOf(i.Drug)?.Name.Value ?? i.Drug, Implication: i)).ToList();
        return [.. keyed.Select(k => k.Key).Distinct(StringComparer.Ordinal).Select(drug => new AlkboardDrugLevels(drug,
            Strongest(keyed.Where(k => k.Key == drug && k.Implication.Direction == EffectDirection.Sensitivity).Select(k => k.Implication)),
            Strongest(keyed.Where(k => k.Key == drug && k.Implication.Direction == EffectDirection.Resistance).Select(k => k.Implication))))];
    }

    private static string Code(EvidenceLevel? level) => level is { } l ? EvidenceLevels.Code(l) : "none";

    private static string Word(EffectDirection direction) => direction == EffectDirection.Sensitivity ? "sensitivity" : "resistance";

    private static EffectDirection Other(EffectDirection direction) => direction == EffectDirection.Sensitivity ? EffectDirection.Resistance : EffectDirection.Sensitivity;
}
