namespace Alkboard.Core.Genomics;

/// <summary>Stable codes for alteration text that cannot be read (docs/interpret.md).</summary>
public static class GenomicsErrorCodes
{
    /// <summary>The text is not an alteration in any accepted spelling.</summary>
    public const string Unreadable = "ALK-GEN-001";

    /// <summary>The text could mean more than one alteration; the candidates are listed.</summary>
    public const string Ambiguous = "ALK-GEN-002";

    /// <summary>A protein change without a gene, at a residue the knowledge base does not place.</summary>
    public const string GeneMissing = "ALK-GEN-003";

    /// <summary>An HGVS expression on a RefSeq transcript the knowledge base does not know.</summary>
    public const string UnknownTranscript = "ALK-GEN-004";
}
