using System.Collections.Immutable;

namespace Alkboard.Core.Cases;

/// <summary>
/// "Tested, nothing found": the genes (or the whole panel when none are listed) in which the test
/// found no alteration of the stated kind. Absence of evidence is evidence here: it tells the
/// tumour board what not to test again.
/// </summary>
public sealed record NegativeResult(ImmutableArray<string> Genes, string? Scope, string? Note) : MolecularResult(Note)
{
    /// <inheritdoc />
    public override string Kind => "negative";

    /// <inheritdoc />
    public override string Describe()
    {
        var genes = Genes.IsDefaultOrEmpty ? "whole panel" : string.Join(", ", Genes);
        return Scope is null ? $"no alteration found: {genes}" : $"no {Scope} found: {genes}";
    }
}
