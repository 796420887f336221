namespace Alkboard.Contracts.Import;

/// <summary>A timeline row that gave the case nothing: its file and 1-based line, patient, event type, start day (days from the index event) and why it was not placed.</summary>
public sealed record UnplacedTimelineRowJson(string File, int Line, string Patient, string EventType, long StartDay, string Reason);
