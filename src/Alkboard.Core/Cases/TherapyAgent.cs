namespace Alkboard.Core.Cases;

/// <summary>
/// One agent of a line: the vocabulary's name for it (generic name, or a class such as
/// "corticosteroids" when the source names no drug), its starting dose, whether the case file
/// marked it as deliberately outside the vocabulary (then it is never matched as a known drug), and
/// whether the knowledge base classes it as an ALK inhibitor (set by the loader from the vocabulary:
/// the one answer RECIST, cohorts and recommendations share).
/// </summary>
public sealed record TherapyAgent(DrugName Drug, Dose? Dose, bool OutsideVocabulary = false, bool AlkInhibitor = false);
