using Alkboard.Core.Recist;

namespace Alkboard.Contracts.Recist;

/// <summary><c>alkboard recist --format json</c> (docs/recist.md): the case's RECIST 1.1 evaluation, the options it was made with, and the guideline cited.</summary>
public sealed record RecistJson(
    string PatientId,
    IReadOnlyList<LineResponseJson> Lines,
    EndpointJson? OverallSurvival,
    EndpointJson? OverallSurvivalFromFirstAlkInhibitor,
    IReadOnlyList<RecistProblemJson> Problems,
    RecistOptionsJson Options,
    string Guideline)
{
    /// <summary>The contract form of a report evaluated with <paramref name="options"/>.</summary>
    public static RecistJson From(RecistReport report, RecistOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        var r = RecistReportJson.From(report);
        return new(r.PatientId, r.Lines, r.OverallSurvival, r.OverallSurvivalFromFirstAlkInhibitor, r.Problems, RecistOptionsJson.From(options), RecistRules.Citation);
    }
}
