namespace Alkboard.Contracts.Tests;

/// <summary>A fenced JSON example in a docs/ file: the first code block after <paramref name="Marker"/>.</summary>
public sealed record DocSection(string File, string Marker);
