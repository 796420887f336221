using Alkboard.Core.Knowledge;

namespace Alkboard.Contracts.Knowledge;

/// <summary>One cell of the resistance map: mutation, drug, the call (resistant, sensitive, conflicting), its basis (clinical or preclinical) and the statements behind it.</summary>
public sealed record MapCellJson(string Mutation, string Drug, MapCall Call, string Basis, IReadOnlyList<MapEvidenceJson> Evidence)
{
    /// <summary>The contract form of a cell.</summary>
    public static MapCellJson From(MapCell c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Mutation, c.Drug, c.Call, c.Basis, [.. c.Evidence.Select(MapEvidenceJson.From)]);
    }
}
