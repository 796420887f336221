namespace Alkboard.Core.Cases;

/// <summary>How precisely a clinical date is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known ("2019").</summary>
    Year,

    /// <summary>Year and month are known ("2019-05").</summary>
    Month,

    /// <summary>The exact day is known ("2019-05-14").</summary>
    Day,

    /// <summary>
    /// The event happened on one unknown day between two bounds ("2022-08/2023-02-09"),
    /// written as an ISO 8601 / EDTF interval.
    /// </summary>
    Range,
}
