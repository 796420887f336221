namespace Alkboard.Core.Cases;

/// <summary>
/// An adverse event: the CTCAE v5 term (or the source's wording when it maps to none), grade 1–5
/// where stated, onset, the drug it was attributed to, and the action taken.
/// </summary>
public sealed record AdverseEvent(string Term, int? Grade, PartialDate? Onset, DrugName? Drug, AdverseEventAction Action, string? Note);
