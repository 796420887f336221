namespace Alkboard.Core.Import;

/// <summary>The codes of <c>alkboard import-study</c> (cBioPortal study folders; docs/import-study.md).</summary>
public static partial class ImportErrorCodes
{
    /// <summary>The study folder: not a folder, no meta_study.txt, a required meta_study key missing or unknown, no sample file, no source for the cases.</summary>
    public const string StudyFolder = "ALK-IMPORT-070";

    /// <summary>A meta file: a line that is not <c>key: value</c>, a key given twice, a required key missing, another study's identifier, a data_filename with a path, a declared namespace without its columns.</summary>
    public const string StudyMeta = "ALK-IMPORT-071";

    /// <summary>A meta file's data_filename names a file the folder does not have (the data files no meta file names are listed).</summary>
    public const string StudyDataFileMissing = "ALK-IMPORT-072";

    /// <summary>A clinical patient or sample file: its header rows, a row with another number of fields, an invalid or repeated PATIENT_ID or SAMPLE_ID, a NUMBER that is not a number, a status not written code:label.</summary>
    public const string ClinicalFile = "ALK-IMPORT-073";

    /// <summary>A structural-variant file: a required column missing, a row with another number of fields, a duplicate entry, a position that is not a number, an SV_Status or NCBI_Build not allowed, no gene at either site.</summary>
    public const string StructuralVariantFile = "ALK-IMPORT-074";

    /// <summary>A discrete copy-number file: a required column missing, a value other than -2, -1.5, -1, 0, 1, 2 or NA, a gene given twice for a sample.</summary>
    public const string CopyNumberFile = "ALK-IMPORT-075";

    /// <summary>A timeline file: the required columns, a day that is not a whole number, a stop before the start, an agent the drug vocabulary does not know, a day that falls outside the years a case accepts.</summary>
    public const string TimelineFile = "ALK-IMPORT-076";

    /// <summary>A row names a sample the clinical sample file does not have, or a sample of another patient.</summary>
    public const string SampleNotInStudy = "ALK-IMPORT-077";

    /// <summary>The --anchors file: a row without two fields, a date that is not a date or not a full date (YYYY-MM-DD), a patient given twice.</summary>
    public const string AnchorFile = "ALK-IMPORT-078";

    /// <summary>Warning: a timeline row of a patient the clinical files do not have (the row is listed as not placed).</summary>
    public const string TimelinePatientUnknown = "ALK-IMPORT-079";

    /// <summary>--output names a folder that exists and is not empty.</summary>
    public const string OutputFolderNotEmpty = "ALK-IMPORT-080";

    /// <summary>Files of the study name different genome builds (meta_study.txt reference_genome, NCBI_Build).</summary>
    public const string GenomeBuildConflict = "ALK-IMPORT-081";

    /// <summary>An import-study option is not valid: --index-date not a full date (YYYY-MM-DD), --data-file not META=DATA of the folder's files, --source-url empty.</summary>
    public const string StudyOption = "ALK-IMPORT-082";

    /// <summary>Warning: a value holds a double quote; cBioPortal files are not CSV, so it is read as part of the value.</summary>
    public const string QuotedValue = "ALK-IMPORT-083";

    /// <summary>Warning: a patient without a sample, a sample whose patient has no patient row, an anchor for a patient the study does not have.</summary>
    public const string ClinicalCrossReference = "ALK-IMPORT-084";

    /// <summary>Warning: a TREATMENT row without a STOP_DATE; names the row and what was written (an ongoing last line, or a line without end and reason unknown).</summary>
    public const string OpenTreatment = "ALK-IMPORT-085";

    /// <summary>Warning: a structural variant's Event_Info names its genes against the site order (read as Event_Info says), or names other genes than the sites (the site order kept).</summary>
    public const string FusionOrientation = "ALK-IMPORT-086";

    /// <summary>Warning: an ONCOTREE_CODE of the patient's samples is not the one the histology is taken from (the patient's code, or the primary sample's).</summary>
    public const string HistologyCodeNotUsed = "ALK-IMPORT-087";

    /// <summary>The ONCOTREE_CODE values of a patient's samples disagree, and neither a patient code nor one primary sample's code decides.</summary>
    public const string HistologyCodesDisagree = "ALK-IMPORT-088";

    /// <summary>Warning: a line of therapy starts before an earlier line with other agents ends (a combination whose rows start on different days): kept as separate lines.</summary>
    public const string OverlappingTreatmentRows = "ALK-IMPORT-089";

    /// <summary>Warning: a sample of an anchored patient has no SPECIMEN date: its tests are undated, and recommend --as-of counts an undated test at any date.</summary>
    public const string UndatedSample = "ALK-IMPORT-090";
}
