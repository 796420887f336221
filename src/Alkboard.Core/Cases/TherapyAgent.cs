namespace Alkboard.Core.Cases;

/// <summary>One drug of a line, lower-case generic name (or a class such as "corticosteroids" when the source names no drug), with its starting dose.</summary>
public sealed record TherapyAgent(string Drug, Dose? Dose);
