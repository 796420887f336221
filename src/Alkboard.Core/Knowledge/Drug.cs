using System.Collections.Immutable;

namespace Alkboard.Core.Knowledge;

/// <summary>
/// A drug: class, generation, targets, CNS activity, adult and pediatric dose, dose reductions,
/// notable toxicities; each fact cited. Therapies imported from CIViC that the curated list lacks
/// are kept with class "civic_therapy" and no facts.
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
    ImmutableArray<DrugFact> Toxicities);
