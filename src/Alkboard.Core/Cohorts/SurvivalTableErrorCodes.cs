namespace Alkboard.Core.Cohorts;

/// <summary>Stable codes for a survival table (CSV/TSV registry export) that cannot be read (docs/case-errors.md).</summary>
public static class SurvivalTableErrorCodes
{
    /// <summary>More columns than a table may hold (<see cref="SurvivalTableReader.MaxColumns"/>).</summary>
    public const string TooManyColumns = "ALK-CSV-001";

    /// <summary>More distinct groups or strata than a comparison can hold.</summary>
    public const string TooManyGroups = "ALK-CSV-002";

    /// <summary>The file is larger than <see cref="SurvivalTableReader.MaxFileBytes"/>.</summary>
    public const string FileTooLarge = "ALK-CSV-003";

    /// <summary>The file does not exist, cannot be read, is empty, or is not UTF-8 text.</summary>
    public const string Unreadable = "ALK-CSV-004";

    /// <summary>A column named by an option is not in the header.</summary>
    public const string MissingColumn = "ALK-CSV-005";

    /// <summary>A row has a different number of fields from the header.</summary>
    public const string FieldCount = "ALK-CSV-006";

    /// <summary>A time that is not a non-negative number.</summary>
    public const string BadTime = "ALK-CSV-007";

    /// <summary>Event values that are not 0/1, 1/2 or true/false.</summary>
    public const string BadEventCoding = "ALK-CSV-008";
}
