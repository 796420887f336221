namespace Alkboard.Contracts.Timeline;

/// <summary>A local therapy (surgery, radiotherapy, ...): kind, date, end, description.</summary>
public sealed record LocalTherapyViewJson(string Id, string Kind, string? Date, string? End, string Text, string? Note);
