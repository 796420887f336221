namespace Alkboard.Contracts.Timeline;

/// <summary>One dated event of the chronology.</summary>
public sealed record ChronologyEntryJson(string Date, string Event);
