namespace Alkboard.Core.Cohorts;

/// <summary>The time-to-event endpoint of a cohort survival analysis, in months.</summary>
public enum SurvivalEndpoint
{
    /// <summary>Overall survival from diagnosis ("os").</summary>
    OverallSurvival,

    /// <summary>Progression-free survival of the first ALK-inhibitor line ("pfs").</summary>
    ProgressionFreeSurvival,

    /// <summary>Time on treatment of the first ALK-inhibitor line ("tot").</summary>
    TimeOnTreatment,
}

/// <summary>The words of <see cref="SurvivalEndpoint"/> on the command line and in JSON.</summary>
public static class SurvivalEndpoints
{
    /// <summary>Every endpoint, in the order the command line lists them.</summary>
    public static IReadOnlyList<SurvivalEndpoint> All { get; } = [SurvivalEndpoint.OverallSurvival, SurvivalEndpoint.ProgressionFreeSurvival, SurvivalEndpoint.TimeOnTreatment];

    /// <summary>The word of an endpoint.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <returns>os, pfs or tot.</returns>
    public static string Word(SurvivalEndpoint endpoint) => endpoint switch
    {
        SurvivalEndpoint.OverallSurvival => "os",
        SurvivalEndpoint.ProgressionFreeSurvival => "pfs",
        SurvivalEndpoint.TimeOnTreatment => "tot",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "unknown survival endpoint"),
    };

    /// <summary>Where the endpoint's time starts, for titles.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <returns>"diagnosis" or "the first ALK inhibitor".</returns>
    public static string Origin(SurvivalEndpoint endpoint) => endpoint switch
    {
        SurvivalEndpoint.OverallSurvival => "diagnosis",
        SurvivalEndpoint.ProgressionFreeSurvival or SurvivalEndpoint.TimeOnTreatment => "the first ALK inhibitor",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "unknown survival endpoint"),
    };
}
