using Alkboard.Core.Cases;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// What a negative result's scope covered (CLINICAL-LOGIC §5.1: a negative result counts only for
/// what its method and scope covered). The scope is the lab's own words; they are classified by the
/// alteration kind they name, and a scope naming none of them is the method's whole coverage.
/// </summary>
public static class NegativeScope
{
    /// <summary>The kind of alteration a negative result excludes.</summary>
    public enum Kind
    {
        /// <summary>No scope stated: what the method can detect.</summary>
        Method,

        /// <summary>Point mutations / sequence variants only.</summary>
        Mutation,

        /// <summary>Rearrangements / fusions.</summary>
        Rearrangement,

        /// <summary>Copy-number changes.</summary>
        CopyNumber,

        /// <summary>Expression.</summary>
        Expression,
    }

    private static readonly (string Word, Kind Kind)[] Words =
    [
        ("fusion", Kind.Rearrangement), ("rearrang", Kind.Rearrangement), ("translocation", Kind.Rearrangement), ("break-apart", Kind.Rearrangement), ("breakapart", Kind.Rearrangement),
        ("mutation", Kind.Mutation), ("variant", Kind.Mutation), ("snv", Kind.Mutation), ("point", Kind.Mutation), ("kinase-domain", Kind.Mutation), ("kinase domain", Kind.Mutation),
        ("amplification", Kind.CopyNumber), ("copy", Kind.CopyNumber), ("gain", Kind.CopyNumber), ("deletion", Kind.CopyNumber),
        ("expression", Kind.Expression), ("protein", Kind.Expression), ("staining", Kind.Expression),
    ];

    /// <summary>The scope's kind; rearrangement words win when a scope names several kinds (it then covers rearrangements too).</summary>
    public static Kind Of(NegativeResult negative)
    {
        ArgumentNullException.ThrowIfNull(negative);
        if (negative.Scope is not { } scope)
        {
            return Kind.Method;
        }

        var kinds = Words.Where(w => scope.Contains(w.Word, StringComparison.OrdinalIgnoreCase)).Select(w => w.Kind).Distinct().ToList();
        return kinds.Count == 0 ? Kind.Method : kinds.Contains(Kind.Rearrangement) ? Kind.Rearrangement : kinds[0];
    }
}
