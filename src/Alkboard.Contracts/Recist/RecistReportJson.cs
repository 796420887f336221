using Alkboard.Core.Recist;

namespace Alkboard.Contracts.Recist;

/// <summary>RECIST 1.1 responses and endpoints of a whole case: per line, overall survival from diagnosis and from the first ALK inhibitor (months), and baseline problems.</summary>
public sealed record RecistReportJson(
    string PatientId,
    IReadOnlyList<LineResponseJson> Lines,
    EndpointJson? OverallSurvival,
    EndpointJson? OverallSurvivalFromFirstAlkInhibitor,
    IReadOnlyList<RecistProblemJson> Problems)
{
    /// <summary>The contract form of a report.</summary>
    public static RecistReportJson From(RecistReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(
            r.PatientId,
            [.. r.Lines.Select(LineResponseJson.From)],
            EndpointJson.FromNullable(r.OverallSurvival),
            EndpointJson.FromNullable(r.OverallSurvivalFromFirstAlkInhibitor),
            [.. r.Problems.Select(RecistProblemJson.From)]);
    }
}
