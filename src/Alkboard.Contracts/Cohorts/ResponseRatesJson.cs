using Alkboard.Core.Cohorts;

namespace Alkboard.Contracts.Cohorts;

/// <summary>
/// <c>alkboard cohort response --format json</c> (docs/cohort.md): the number of patients, the
/// subgroup variable, response counts and rates per subgroup, the comparison between subgroups
/// (when there are two or more), and every line with its best overall response.
/// </summary>
public sealed record ResponseRatesJson(
    int Patients,
    string By,
    IReadOnlyList<ResponseGroupJson> Groups,
    ResponseComparisonJson? Comparison,
    IReadOnlyList<ResponseLineJson> Lines)
{
    /// <summary>The contract form of response rates of <paramref name="patients"/> patients grouped by <paramref name="by"/>.</summary>
    public static ResponseRatesJson From(int patients, string by, IReadOnlyList<ResponseRate> rates, ResponseComparison? comparison, IReadOnlyList<ResponseRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(rows);
        return new(
            patients,
            by,
            [.. rates.Select(ResponseGroupJson.From)],
            comparison is null ? null : ResponseComparisonJson.From(comparison),
            [.. rows.Select(ResponseLineJson.From)]);
    }
}
