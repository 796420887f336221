namespace Alkboard.Core.Import;

/// <summary>
/// Stable codes for everything that can be wrong with a lab file given to <c>alkboard import</c>
/// or <c>alkboard interpret --file</c>. Codes never change meaning; docs/import.md lists them.
/// </summary>
public static partial class ImportErrorCodes
{
    /// <summary>The file does not exist or cannot be read.</summary>
    public const string FileNotFound = "ALK-IMPORT-001";

    /// <summary>The file is not in a format Alkboard imports (the format it looks like is named when known).</summary>
    public const string WrongFormat = "ALK-IMPORT-002";

    /// <summary>A format Alkboard recognises but does not import yet (BCF).</summary>
    public const string NotSupportedYet = "ALK-IMPORT-003";

    /// <summary>The file is empty, or has a header and no column line.</summary>
    public const string Empty = "ALK-IMPORT-004";

    /// <summary>The file starts as gzip but cannot be decompressed, or is not UTF-8 text.</summary>
    public const string Unreadable = "ALK-IMPORT-005";

    /// <summary>The tabix or CSI index beside a BGZF VCF is damaged, older than the file, or does not match it.</summary>
    public const string IndexMismatch = "ALK-IMPORT-006";

    /// <summary>A VCF header problem: no #CHROM line, the wrong fixed columns, an annotation header without its field list.</summary>
    public const string VcfHeader = "ALK-IMPORT-010";

    /// <summary>A malformed VCF record: wrong number of columns, a position that is not a number, an allele that is not bases.</summary>
    public const string VcfRecord = "ALK-IMPORT-011";

    /// <summary>Several samples and none chosen (by --sample or ##tumor_sample=): the samples are named.</summary>
    public const string SampleNotChosen = "ALK-IMPORT-012";

    /// <summary>The chosen sample (--sample or ##tumor_sample=) is not a sample column of the file.</summary>
    public const string UnknownSample = "ALK-IMPORT-013";

    /// <summary>A fusion table without a column its caller always writes.</summary>
    public const string FusionHeader = "ALK-IMPORT-020";

    /// <summary>A malformed fusion row: wrong number of fields, a read count that is not a whole number.</summary>
    public const string FusionRow = "ALK-IMPORT-021";

    /// <summary>A MAF without a column every MAF has (Hugo_Symbol, Chromosome, Start_Position, alleles, Tumor_Sample_Barcode).</summary>
    public const string MafHeader = "ALK-IMPORT-040";

    /// <summary>A malformed MAF row: wrong number of fields, a position that is not a number.</summary>
    public const string MafRow = "ALK-IMPORT-041";

    /// <summary>An OncoKB fusion or structural-variant table without a column it needs, or a header with only part of the OncoKB annotation columns.</summary>
    public const string OncoKbHeader = "ALK-IMPORT-060";

    /// <summary>A malformed OncoKB table row: wrong number of fields, no sample, a fusion not written GENEA-GENEB, an annotation boolean not True/False.</summary>
    public const string OncoKbRow = "ALK-IMPORT-061";

    /// <summary>A copy-number table without a column it needs (gene, sample, call), or a GISTIC matrix without sample columns.</summary>
    public const string CopyNumberHeader = "ALK-IMPORT-062";

    /// <summary>A copy-number value that is no call (GISTIC −2, −1, 0, 1, 2 or Amplification, Gain, Loss, Deletion), or a malformed row.</summary>
    public const string CopyNumberValue = "ALK-IMPORT-063";

    /// <summary>A gene given twice for one sample with different copy-number calls: which one holds is not guessed.</summary>
    public const string CopyNumberConflict = "ALK-IMPORT-064";

    /// <summary>An import option is not valid: --date not a date, --method or --specimen not an allowed word.</summary>
    public const string InvalidOption = "ALK-IMPORT-030";

    /// <summary>The case with the imported tests added breaks a case rule (the case errors are listed with it).</summary>
    public const string CaseRejected = "ALK-IMPORT-031";
}
