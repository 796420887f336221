namespace Alkboard.Core.Cohorts.Statistics;

/// <summary>Right-censored survival data: time, whether the event happened, and an optional group and stratum index per subject.</summary>
public sealed record SurvivalSample(double[] Time, bool[] Event, int[] Group, string[] GroupNames, int[]? Stratum = null)
{
    /// <summary>Subjects.</summary>
    public int Count => Time.Length;

    /// <summary>One group, no strata.</summary>
    public static SurvivalSample OneGroup(double[] time, bool[] events) => new(time, events, new int[time.Length], ["all"]);
}
