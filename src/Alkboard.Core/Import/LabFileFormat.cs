namespace Alkboard.Core.Import;

/// <summary>The lab-file formats Alkboard imports, recognised from the file's first line (never from its name).</summary>
public enum LabFileFormat
{
    /// <summary>Variant Call Format 4.1–4.3, plain or BGZF-compressed.</summary>
    Vcf,

    /// <summary>Mutation Annotation Format (GDC, vcf2maf, cBioPortal extended MAF).</summary>
    Maf,

    /// <summary>Arriba <c>fusions.tsv</c> (header starting <c>#gene1</c>).</summary>
    Arriba,

    /// <summary>STAR-Fusion <c>star-fusion.fusion_predictions(.abridged).tsv</c> (header starting <c>#FusionName</c>).</summary>
    StarFusion,

    /// <summary>FusionCatcher <c>final-list_candidate-fusion-genes.txt</c>.</summary>
    FusionCatcher,

    /// <summary>A four-column fusion table <c>FusionGene LeftBreakpoint RightBreakpoint SplitReads</c> (as in PCGR's examples).</summary>
    FusionTable,

    /// <summary>The OncoKB annotator's fusion table <c>Tumor_Sample_Barcode Fusion</c> (<c>GENEA-GENEB</c>, <c>GENE-intragenic</c>), plain or annotated.</summary>
    OncoKbFusions,

    /// <summary>The OncoKB annotator's structural-variant table <c>Tumor_Sample_Barcode GeneA GeneB Sv_Type</c>, plain or annotated.</summary>
    OncoKbStructuralVariants,

    /// <summary>A GISTIC-style gene × sample copy-number matrix (header <c>Gene Symbol [Locus ID] [Cytoband] samples…</c>), values −2…2.</summary>
    GisticCopyNumber,

    /// <summary>A copy-number table with one call per row (sample, gene, call), as the OncoKB annotator reads and writes it, plain or annotated.</summary>
    CopyNumberTable,

    /// <summary>The OncoKB annotator's clinical table <c>SAMPLE_ID ONCOTREE_CODE</c>: the tumor type per sample it annotated for; no molecular results.</summary>
    OncoKbClinical,
}
