namespace Alkboard.Core.Cases;

/// <summary>A change to one drug's dose within a line, with when, to what and why.</summary>
public sealed record DoseChange(PartialDate? Date, DrugName Drug, DoseChangeKind Change, Dose? NewDose, string? Reason);
