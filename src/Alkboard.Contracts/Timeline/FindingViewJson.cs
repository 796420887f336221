namespace Alkboard.Contracts.Timeline;

/// <summary>One finding of a test: its kind (fusion, variant, ihc, ...) and a one-line description.</summary>
public sealed record FindingViewJson(string Kind, string Text, string? Note);
