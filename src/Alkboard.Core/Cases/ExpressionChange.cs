namespace Alkboard.Core.Cases;

/// <summary>
/// A change in a gene's RNA expression, e.g. PTCH1 down after crizotinib (seed 001), with what it
/// was compared to.
/// </summary>
public sealed record ExpressionChange(GeneSymbol Gene, ExpressionDirection Direction, string? ComparedTo, string? Note) : MolecularResult(Note)
{
    /// <inheritdoc />
    public override string Kind => "expression";

    /// <inheritdoc />
    public override string Describe() =>
        $"{Gene} expression {(Direction == ExpressionDirection.Up ? "up" : "down")}{(ComparedTo is null ? string.Empty : " vs " + ComparedTo)}";
}
