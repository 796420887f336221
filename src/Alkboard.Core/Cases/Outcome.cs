namespace Alkboard.Core.Cases;

/// <summary>Last follow-up, vital status, and the date and cause of death.</summary>
public sealed record Outcome(PartialDate? LastFollowUp, VitalStatus VitalStatus, PartialDate? DeathDate, string? CauseOfDeath, string? Note);
