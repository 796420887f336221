namespace Alkboard.Contracts.Timeline;

/// <summary>An adverse event: term, CTCAE grade, onset, the drug held responsible, and the action taken.</summary>
public sealed record AdverseEventViewJson(string Term, int? Grade, string? Onset, string? Drug, string Action, string? Note);
