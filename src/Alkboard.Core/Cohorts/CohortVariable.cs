namespace Alkboard.Core.Cohorts;

/// <summary>What a cohort is split by: a patient variable, or (for response rates) the line's drugs or number.</summary>
public enum CohortVariable
{
    /// <summary>Everyone in one group ("all").</summary>
    All,

    /// <summary>The recorded sex ("sex").</summary>
    Sex,

    /// <summary>Pediatric (under 18 at diagnosis), adult or unknown ("ageGroup").</summary>
    AgeGroup,

    /// <summary>The histology of the first diagnosis ("histology").</summary>
    Histology,

    /// <summary>The ALK fusion's 5′ partner ("partner").</summary>
    Partner,

    /// <summary>Any surgery recorded: yes or no ("surgery").</summary>
    Surgery,

    /// <summary>CNS metastases at any diagnosis: yes or no ("cns").</summary>
    Cns,

    /// <summary>A line's drugs, for response rates ("drug").</summary>
    Drug,

    /// <summary>A line's number, for response rates ("line").</summary>
    Line,
}

/// <summary>The words of <see cref="CohortVariable"/> on the command line and in JSON.</summary>
public static class CohortVariables
{
    /// <summary>The variables every patient has (for survival <c>--group</c> and response <c>--by</c>).</summary>
    public static IReadOnlyList<CohortVariable> PatientVariables { get; } =
        [CohortVariable.All, CohortVariable.Sex, CohortVariable.AgeGroup, CohortVariable.Histology, CohortVariable.Partner, CohortVariable.Surgery, CohortVariable.Cns];

    /// <summary>The variables of a line of therapy (response <c>--by</c>): drug, line, then every patient variable.</summary>
    public static IReadOnlyList<CohortVariable> LineVariables { get; } = [CohortVariable.Drug, CohortVariable.Line, .. PatientVariables];

    /// <summary>The word of a variable.</summary>
    /// <param name="variable">The variable.</param>
    /// <returns>Its word, as written on the command line and in JSON.</returns>
    public static string Word(CohortVariable variable) => variable switch
    {
        CohortVariable.All => "all",
        CohortVariable.Sex => "sex",
        CohortVariable.AgeGroup => "ageGroup",
        CohortVariable.Histology => "histology",
        CohortVariable.Partner => "partner",
        CohortVariable.Surgery => "surgery",
        CohortVariable.Cns => "cns",
        CohortVariable.Drug => "drug",
        CohortVariable.Line => "line",
        _ => throw new ArgumentOutOfRangeException(nameof(variable), variable, "unknown cohort variable"),
    };
}
