namespace Alkboard.Core.Cases;

/// <summary>The laboratory method of a molecular or immunohistochemical test.</summary>
public enum TestMethod
{
    /// <summary>Not stated in the source.</summary>
    Unspecified,

    /// <summary>Immunohistochemistry.</summary>
    Ihc,

    /// <summary>Fluorescence in situ hybridisation (e.g. ALK break-apart).</summary>
    Fish,

    /// <summary>Targeted DNA sequencing panel.</summary>
    DnaPanel,

    /// <summary>Targeted RNA sequencing panel (fusion detection).</summary>
    RnaPanel,

    /// <summary>Whole-exome sequencing.</summary>
    Wes,

    /// <summary>Whole-genome sequencing.</summary>
    Wgs,

    /// <summary>Whole-transcriptome RNA sequencing.</summary>
    RnaSeq,

    /// <summary>Polymerase chain reaction based assay (RT-PCR, hotspot PCR).</summary>
    Pcr,
}
