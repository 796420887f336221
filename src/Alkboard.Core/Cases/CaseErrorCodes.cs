namespace Alkboard.Core.Cases;

/// <summary>
/// Stable codes for everything that can be wrong with a case file. Codes never change meaning;
/// tests and scripts match on them, not on message text. docs/case-errors.md lists them.
/// </summary>
public static class CaseErrorCodes
{
    /// <summary>The file does not exist or cannot be read.</summary>
    public const string FileNotFound = "ALK-CASE-001";

    /// <summary>The file is empty or holds only whitespace or comments.</summary>
    public const string EmptyFile = "ALK-CASE-002";

    /// <summary>The file is not UTF-8 text (binary content, NUL bytes).</summary>
    public const string NotText = "ALK-CASE-003";

    /// <summary>The file is larger than a case file can reasonably be.</summary>
    public const string FileTooLarge = "ALK-CASE-004";

    /// <summary>The extension is not .json, .yaml or .yml.</summary>
    public const string UnsupportedFormat = "ALK-CASE-005";

    /// <summary>The JSON or YAML is not well formed.</summary>
    public const string Syntax = "ALK-CASE-006";

    /// <summary>A field name the case format does not define.</summary>
    public const string UnknownField = "ALK-CASE-010";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "ALK-CASE-011";

    /// <summary>A value has the wrong type (text where a number is expected, and so on).</summary>
    public const string WrongType = "ALK-CASE-012";

    /// <summary>A value is not one of the allowed words.</summary>
    public const string InvalidChoice = "ALK-CASE-013";

    /// <summary>A date is not a date, or not a calendar day.</summary>
    public const string InvalidDate = "ALK-CASE-014";

    /// <summary>A number is outside its allowed range.</summary>
    public const string OutOfRange = "ALK-CASE-015";

    /// <summary>Two items share an id (or two lines a number).</summary>
    public const string DuplicateId = "ALK-CASE-016";

    /// <summary>The same key appears twice in one object.</summary>
    public const string DuplicateKey = "ALK-CASE-017";

    /// <summary>The schemaVersion is not one this Alkboard reads.</summary>
    public const string UnsupportedSchemaVersion = "ALK-CASE-018";

    /// <summary>Something ends before it starts.</summary>
    public const string EndBeforeStart = "ALK-CASE-020";

    /// <summary>Two lines of therapy give the same drug over overlapping periods.</summary>
    public const string OverlappingLines = "ALK-CASE-021";

    /// <summary>An assessment measures a lesion that the case never introduces.</summary>
    public const string UnknownLesion = "ALK-CASE-022";

    /// <summary>Line numbers are not 1, 2, 3, … in order.</summary>
    public const string LineNumbering = "ALK-CASE-023";

    /// <summary>A dose change or adverse event names a drug that no line of therapy gives.</summary>
    public const string UnknownDrug = "ALK-CASE-024";

    /// <summary>A dose change falls outside the line it belongs to.</summary>
    public const string DoseChangeOutsideLine = "ALK-CASE-025";

    /// <summary>An event is dated after the patient's death.</summary>
    public const string AfterDeath = "ALK-CASE-026";

    /// <summary>Vital status and death fields disagree.</summary>
    public const string InconsistentOutcome = "ALK-CASE-027";

    /// <summary>An ongoing line has an end date, or a stopped line gives the reason "ongoing" with an end.</summary>
    public const string OngoingWithEnd = "ALK-CASE-028";

    /// <summary>A gene symbol is not written as an HGNC symbol (upper-case letters and digits).</summary>
    public const string InvalidGeneSymbol = "ALK-CASE-029";

    /// <summary>An HGVS string does not start with the right prefix (p. or c.).</summary>
    public const string InvalidHgvs = "ALK-CASE-030";

    /// <summary>A lesion measurement is inconsistent (a size given with a state that has none, a target without a size).</summary>
    public const string InvalidMeasurement = "ALK-CASE-031";

    /// <summary>A dated event lies before the first diagnosis by more than its date uncertainty allows.</summary>
    public const string BeforeDiagnosis = "ALK-CASE-032";

    /// <summary>An assessment refers to a line of therapy the case does not have.</summary>
    public const string UnknownLine = "ALK-CASE-033";

    /// <summary>An agent the drug vocabulary does not know (a misspelling included), not marked outsideVocabulary.</summary>
    public const string UnknownAgent = "ALK-CASE-034";

    /// <summary>Lines numbered against their dates: a later-numbered line certainly starts before an earlier one.</summary>
    public const string LinesOutOfDateOrder = "ALK-CASE-035";

    /// <summary>Two ALK inhibitors given over certainly overlapping periods (or both ongoing).</summary>
    public const string ConcurrentAlkInhibitors = "ALK-CASE-036";

    /// <summary>Birth year and age at diagnosis disagree with the diagnosis date.</summary>
    public const string AgeInconsistent = "ALK-CASE-037";

    /// <summary>Warning: lines whose partial dates may be numbered out of order, or ALK inhibitors whose periods may overlap.</summary>
    public const string MayBeInconsistent = "ALK-CASE-038";

    /// <summary>A YAML anchor or alias: refused in case files (a case is plain data; aliases can expand without bound).</summary>
    public const string YamlAlias = "ALK-CASE-039";

    /// <summary>Objects and lists nested deeper than the limit.</summary>
    public const string TooDeep = "ALK-CASE-040";

    /// <summary>More values than the limit.</summary>
    public const string TooManyValues = "ALK-CASE-041";

    /// <summary>A string longer than the limit.</summary>
    public const string StringTooLong = "ALK-CASE-042";

    /// <summary>Every code with a one-line meaning, in code order, for documentation and tests.</summary>
    public static IReadOnlyList<(string Code, string Meaning)> All { get; } =
    [
        (FileNotFound, "the file does not exist or cannot be read"),
        (EmptyFile, "the file is empty"),
        (NotText, "the file is not UTF-8 text"),
        (FileTooLarge, "the file is larger than the 5 MB limit for a case file"),
        (UnsupportedFormat, "the extension is not .json, .yaml or .yml"),
        (Syntax, "malformed JSON or YAML"),
        (UnknownField, "a field the case format does not define (the nearest known name is suggested)"),
        (MissingField, "a required field is missing"),
        (WrongType, "a value has the wrong type"),
        (InvalidChoice, "a value is not one of the allowed words"),
        (InvalidDate, "not a date (YYYY, YYYY-MM, YYYY-MM-DD or A/B), or not a calendar day"),
        (OutOfRange, "a number outside its allowed range"),
        (DuplicateId, "two items share an id, or two lines a number"),
        (DuplicateKey, "the same key twice in one object"),
        (UnsupportedSchemaVersion, "a schemaVersion this Alkboard does not read"),
        (EndBeforeStart, "something ends before it starts"),
        (OverlappingLines, "two lines give the same drug over overlapping periods"),
        (UnknownLesion, "an assessment measures a lesion the case never introduces"),
        (LineNumbering, "line numbers are not 1, 2, 3, ... in order"),
        (UnknownDrug, "a dose change or adverse event names a drug no line gives"),
        (DoseChangeOutsideLine, "a dose change dated outside its line"),
        (AfterDeath, "an event dated after death"),
        (InconsistentOutcome, "vital status and death fields disagree"),
        (OngoingWithEnd, "an ongoing line has an end date"),
        (InvalidGeneSymbol, "a gene symbol not written as an HGNC symbol"),
        (InvalidHgvs, "an HGVS string without its p. or c. prefix"),
        (InvalidMeasurement, "a lesion observation whose size and state disagree"),
        (BeforeDiagnosis, "an event certainly before the first diagnosis"),
        (UnknownLine, "an assessment or molecular test refers to a line the case does not have"),
        (UnknownAgent, "an agent the knowledge base's drug vocabulary does not know (the nearest name is suggested; mark a deliberate exception outsideVocabulary: true)"),
        (LinesOutOfDateOrder, "lines numbered against their dates (a later line certainly starts before an earlier one)"),
        (ConcurrentAlkInhibitors, "two ALK inhibitors over certainly overlapping periods, or both ongoing"),
        (AgeInconsistent, "birth date, birth year and age at diagnosis disagree with each other or with the diagnosis date"),
        (MayBeInconsistent, "warning: partial dates that may put lines out of order or ALK inhibitors in overlap (shown, not rejecting)"),
        (YamlAlias, "a YAML anchor (&a) or alias (*a): refused in case files"),
        (TooDeep, $"objects and lists nested more than {Loading.CaseLimits.MaxDepth} levels deep"),
        (TooManyValues, $"more than {Loading.CaseLimits.MaxValues} values in one file"),
        (StringTooLong, $"a string longer than {Loading.CaseLimits.MaxStringLength} characters"),
    ];
}
