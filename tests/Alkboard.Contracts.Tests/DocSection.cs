namespace Alkboard.Contracts.Tests;

/// <summary>
/// Where docs/ describes a contract: the JSON example (the first fenced block) or the field table
/// (backticked names in the table rows) right after <paramref name="Marker"/> in <paramref name="File"/>.
/// <paramref name="DocumentedElsewhere"/> names properties whose content another page describes;
/// <paramref name="Maps"/> names properties whose keys are data (counts by file), not fields.
/// </summary>
public sealed record DocSection(string File, string Marker, IReadOnlyList<string>? DocumentedElsewhere = null, IReadOnlyList<string>? Maps = null);
