namespace Alkboard.Core.Cases;

/// <summary>The specimen a molecular test was run on, and where in the body it came from.</summary>
public sealed record Specimen(SpecimenKind Kind, string? Site);
