namespace Alkboard.Contracts.Timeline;

/// <summary>A drug of a line and its starting dose as written.</summary>
public sealed record AgentViewJson(string Drug, string? Dose);
