namespace Alkboard.Contracts.Timeline;

/// <summary>Outcome at last follow-up: its date, vital status, date and cause of death.</summary>
public sealed record OutcomeViewJson(string? LastFollowUp, string VitalStatus, string? DeathDate, string? CauseOfDeath, string? Note);
