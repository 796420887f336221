using Alkboard.Core.Knowledge;

namespace Alkboard.Contracts.Knowledge;

/// <summary>One statement behind a map cell: id, direction (resistance or sensitivity), level as reports write it ("3B", "R2"), design, whether preclinical, tumor type, summary, references.</summary>
public sealed record MapEvidenceJson(string StatementId, EffectDirection Direction, string Level, string Design, bool Preclinical, string TumorType, string Summary, IReadOnlyList<string> References)
{
    /// <summary>The contract form of a cell's evidence.</summary>
    public static MapEvidenceJson From(MapEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.StatementId, e.Direction, EvidenceLevels.Code(e.Level), e.Design, e.Preclinical, e.TumorType, e.Summary, [.. e.References]);
    }
}
