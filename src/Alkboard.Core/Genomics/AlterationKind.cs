namespace Alkboard.Core.Genomics;

/// <summary>What kind of alteration an input names (the <c>kind</c> of the interpret JSON contract).</summary>
public enum AlterationKind
{
    /// <summary>A gene fusion, 5' partner first.</summary>
    Fusion,

    /// <summary>One sequence variant.</summary>
    Mutation,

    /// <summary>Two or more variants of one gene in cis, matched as a whole before its parts.</summary>
    Compound,

    /// <summary>A copy-number change.</summary>
    CopyNumber,

    /// <summary>An expression change.</summary>
    Expression,

    /// <summary>Input that could not be read as an alteration.</summary>
    Unknown,
}
