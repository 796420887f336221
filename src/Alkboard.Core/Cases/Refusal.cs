namespace Alkboard.Core.Cases;

/// <summary>The patient's own refusal of a drug: a fact of the case, shown on that drug's option (CLINICAL-LOGIC §7).</summary>
public sealed record Refusal(DrugName Drug, PartialDate? Date, string? Note);
