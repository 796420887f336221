namespace Alkboard.Core.Cases;

/// <summary>What was tested.</summary>
public enum SpecimenKind
{
    /// <summary>Not stated.</summary>
    Unknown,

    /// <summary>Tumour tissue (biopsy or resection).</summary>
    Tissue,

    /// <summary>Plasma (cell-free DNA, "liquid biopsy").</summary>
    Plasma,
}
