namespace Alkboard.Core.Import;

/// <summary>
/// Tab-separated tables recognised by the names in their header line (never by the file name):
/// the OncoKB annotator's fusion, structural-variant, copy-number and clinical tables, a GISTIC gene × sample
/// matrix, and a MAF whose first column is not <c>Hugo_Symbol</c> (the annotator's example starts
/// with <c>NCBI_Build</c>). Names are compared case-insensitively, as the annotator reads them,
/// except the MAF's, which the MAF reader finds as written.
/// </summary>
internal static class TableFormats
{
    /// <summary>The sample columns the OncoKB annotator reads.</summary>
    public static readonly string[] SampleColumns = ["Tumor_Sample_Barcode", "SAMPLE_ID"];

    /// <summary>The format a header line announces, or null.</summary>
    public static LabFileFormat? Recognise(string[] header)
    {
        var names = header.Select(h => h.Trim()).ToArray();
        var set = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        var sample = SampleColumns.Any(set.Contains);
        if (names[0].Equals("Gene Symbol", StringComparison.OrdinalIgnoreCase))
        {
            return LabFileFormat.GisticCopyNumber;
        }

        if (sample && set.Contains("GeneA") && set.Contains("GeneB"))
        {
            return LabFileFormat.OncoKbStructuralVariants;
        }

        if (sample && set.Contains("Fusion"))
        {
            return LabFileFormat.OncoKbFusions;
        }

        var annotatedCopyNumber = names.Length >= 4 && names.Take(4).SequenceEqual(["SAMPLE_ID", "CANCER_TYPE", "HUGO_SYMBOL", "ALTERATION"], StringComparer.OrdinalIgnoreCase);
        if (sample && set.Contains("Hugo_Symbol") && (set.Contains("Copy_Number_Alteration") || annotatedCopyNumber))
        {
            return LabFileFormat.CopyNumberTable;
        }

        if (sample && (set.Contains("ONCOTREE_CODE") || set.Contains("CANCER_TYPE")) && !set.Contains("Hugo_Symbol"))
        {
            return LabFileFormat.OncoKbClinical;
        }

        return names.Contains("Hugo_Symbol", StringComparer.Ordinal) && names.Contains("Tumor_Sample_Barcode", StringComparer.Ordinal) ? LabFileFormat.Maf : null;
    }
}
