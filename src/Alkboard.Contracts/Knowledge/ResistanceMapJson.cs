namespace Alkboard.Contracts.Knowledge;

/// <summary><c>alkboard kb map --format json</c> (docs/knowledge.md): the release, how to read the map, and every sourced mutation × inhibitor cell.</summary>
public sealed record ResistanceMapJson(string Release, string Reading, IReadOnlyList<MapCellJson> Cells);
