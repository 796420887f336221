using Alkboard.Core.Cases;

namespace Alkboard.Core.Knowledge;

/// <summary>
/// A drug name resolved against the knowledge base's evidence (<see cref="KnowledgeBase.EvidenceDrugOf"/>):
/// its canonical name, and whether it is known only from imported CIViC evidence (by its CIViC name,
/// outside the case vocabulary) rather than through the curated drug vocabulary.
/// </summary>
public sealed record EvidenceDrug(DrugName Name, bool FromCivicOnly);
