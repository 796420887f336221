using Alkboard.Core.Cases;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Recist;

/// <summary>RECIST 1.1 responses and outcome endpoints of a whole case. JSON contract in docs/recist.md.</summary>
public sealed record RecistReport(
    string PatientId,
    IReadOnlyList<LineResponse> Lines,
    Endpoint? OverallSurvival,
    Endpoint? OverallSurvivalFromFirstAlkInhibitor,
    IReadOnlyList<RecistProblem> Problems);

/// <summary>A baseline that RECIST 1.1 does not accept (the line's target sum is then not evaluated), with its code and where.</summary>
public sealed record RecistProblem(string Code, int Line, string Message, string? AssessmentId, string? LesionId)
{
    /// <summary>
    /// The problem as a <see cref="Diagnostic"/> of <paramref name="file"/>, for the one printer and
    /// the one exit-code mapping: the location is the JSON path of the baseline assessment and, when
    /// one lesion is concerned, its observation (the case model keeps no line numbers after loading).
    /// </summary>
    /// <param name="file">The case file the problem was found in.</param>
    /// <returns>An error naming the therapy line in its message.</returns>
    public Diagnostic ToDiagnostic(string file)
    {
        var path = AssessmentId is null ? "$.assessments" : $"$.assessments[?(@.id=='{AssessmentId}')]";
        if (LesionId is not null)
        {
            path += $".observations[?(@.lesion=='{LesionId}')]";
        }

        return new Diagnostic(Code, $"line {Line}: {Message}", new SourceLocation(file, 0, 0, path));
    }
}

/// <summary>Responses and endpoints of one line of systemic therapy.</summary>
public sealed record LineResponse(
    int Line,
    IReadOnlyList<string> Drugs,
    string? Start,
    string? End,
    string ReasonStopped,
    string? BaselineAssessment,
    string? BaselineDate,
    decimal? BaselineSum,
    IReadOnlyList<Timepoint> Timepoints,
    ResponseCategory? BestOverallResponse,
    string? BestOverallResponseSource,
    bool? Responder,
    Endpoint? TimeToResponse,
    Endpoint? DurationOfResponse,
    Endpoint? ProgressionFreeSurvival,
    Endpoint? TimeOnTreatment,
    IReadOnlyList<string> LocalTherapiesDuring,
    IReadOnlyList<string> Notes);

/// <summary>
/// One assessment of a line: the target sum (mm) and its changes, the response of targets,
/// non-targets and new lesions, the overall response, and whether it was computed from
/// measurements or only reported by the source.
/// </summary>
public sealed record Timepoint(
    string AssessmentId,
    string? Date,
    decimal? TargetSum,
    decimal? ChangeFromBaselinePercent,
    decimal? ChangeFromNadirPercent,
    ResponseCategory? TargetResponse,
    ResponseCategory? NonTargetResponse,
    bool? NewLesions,
    ResponseCategory? OverallResponse,
    string Source,
    ResponseCategory? ReportedResponse);

/// <summary>
/// A time-to-event endpoint in months with its uncertainty: the possible range when dates are
/// partial, the midpoint as <see cref="Months"/>, and whether the event happened or the time is censored.
/// </summary>
public sealed record Endpoint(double? Months, double? MonthsMin, double? MonthsMax, bool Event, string? From, string? To, string Text)
{
    /// <summary>Builds an endpoint between two partial dates.</summary>
    public static Endpoint Between(PartialDate from, PartialDate to, bool happened)
    {
        var range = PartialDate.Between(from, to);
        var min = Math.Round(range.MinMonths, 2);
        var max = Math.Round(range.MaxMonths, 2);
        var text = range.ToDisplayString() + (happened ? string.Empty : " (censored)");
        return new Endpoint(Math.Round((range.MinMonths + range.MaxMonths) / 2, 2), min, max, happened, from.Text, to.Text, text);
    }

    /// <summary>An endpoint whose length is unknown because a date is missing.</summary>
    public static Endpoint Unknown(bool happened, string? from, string? to) =>
        new(null, null, null, happened, from, to, happened ? "event, dates not stated" : "dates not stated");
}
