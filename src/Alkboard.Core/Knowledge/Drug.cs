using System.Collections.Immutable;

namespace Alkboard.Core.Knowledge;

/// <summary>
/// A drug: class, generation, targets, CNS activity, adult and pediatric dose, dose reductions,
/// notable toxicities; each fact cited; its other names (brands, research codes); whether it is a
/// class a source names without a drug ("corticosteroids"). Therapies imported from CIViC that the
/// curated list lacks are kept with class "civic_therapy" and no facts, outside the vocabulary.
/// </summary>
public sealed record Drug(
    string Name,
    string Class,
    DrugFact? Generation,
    DrugFact? Targets,
    DrugFact? CnsActivity,
    DrugFact? AdultDose,
    DrugFact? PediatricDose,
    ImmutableArray<DrugFact> DoseReductions,
    ImmutableArray<DrugFact> Toxicities,
    ImmutableArray<DrugAlias> Aliases,
    bool IsClass,
    ImmutableArray<string> Citations)
{
    /// <summary>The class of a therapy known only from imported CIViC evidence (no curated facts, outside the case vocabulary).</summary>
    public const string CivicTherapyClass = "civic_therapy";

    /// <summary>True for a therapy known only from imported CIViC evidence, under its CIViC name in lower case.</summary>
    public bool IsCivicTherapy => Class == CivicTherapyClass;

    /// <summary>True for an ALK tyrosine kinase inhibitor: the knowledge base is the one answer to "is this an ALK inhibitor?".</summary>
    public bool IsAlkInhibitor => Class == "alk_inhibitor";
}
