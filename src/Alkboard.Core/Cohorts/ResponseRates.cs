using Alkboard.Core.Cases;
using Alkboard.Core.Cohorts.Statistics;

namespace Alkboard.Core.Cohorts;

/// <summary>ORR and DCR of one subgroup, with exact (Clopper–Pearson) and Wilson 95% intervals.</summary>
public sealed record ResponseRate(string Group, int Lines, int Evaluable, int Cr, int Pr, int Sd, int Pd, ProportionEstimate Orr, ProportionEstimate OrrWilson, ProportionEstimate Dcr, ProportionEstimate DcrWilson);

/// <summary>Whether objective response differs between subgroups: chi-square (Yates for 2×2) and Fisher's exact test on responders vs non-responders.</summary>
public sealed record ResponseComparison(int[,] Table, IReadOnlyList<string> Groups, ChiSquareTest ChiSquare, double? FisherP);

/// <summary>One line's best overall response, as pooled.</summary>
public sealed record ResponseRow(string Patient, int Line, string Drugs, ResponseCategory? BestOverallResponse, string? Source, IReadOnlyDictionary<CohortVariable, string> Variables);

/// <summary>
/// Objective response (CR + PR) and disease control (CR + PR + SD, NonCR/NonPD) rates per line,
/// per drug or per patient subgroup. A line is evaluable when it has a best overall response other
/// than NE. Reported and computed responses both count, as a published pooled review counts them.
/// </summary>
public static class ResponseRates
{
    /// <summary>Every line of every patient, with its best overall response.</summary>
    public static IReadOnlyList<ResponseRow> Rows(Cohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return [.. cohort.Patients.SelectMany(p => p.Responses.Lines.Select(l => new ResponseRow(
            p.Case.Patient.Id, l.Line, string.Join(" + ", l.Drugs), l.BestOverallResponse, l.BestOverallResponseSource,
            new Dictionary<CohortVariable, string>(p.Variables) { [CohortVariable.Line] = l.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), [CohortVariable.Drug] = string.Join(" + ", l.Drugs) })))];
    }

    /// <summary>Rates by the values of a variable (drug, line, or a patient variable).</summary>
    public static IReadOnlyList<ResponseRate> By(IEnumerable<ResponseRow> rows, CohortVariable variable)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return [.. rows.GroupBy(r => r.Variables[variable])
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Rate(g.Key, [.. g]))];
    }

    /// <summary>
    /// Compares objective response between the subgroups that have evaluable lines (as seed 002
    /// compared children and adults); null with fewer than two such groups.
    /// </summary>
    public static ResponseComparison? Compare(IReadOnlyList<ResponseRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var groups = rates.Where(r => r.Evaluable > 0).ToList();
        if (groups.Count < 2)
        {
            return null;
        }

        var table = new int[groups.Count, 2];
        for (var i = 0; i < groups.Count; i++)
        {
            table[i, 0] = groups[i].Cr + groups[i].Pr;
            table[i, 1] = groups[i].Evaluable - table[i, 0];
        }

        double? fisher;
        try
        {
            fisher = ContingencyTests.FisherExact(table);
        }
        catch (ArgumentException)
        {
            fisher = null;
        }

        return new ResponseComparison(table, [.. groups.Select(g => g.Group)], ContingencyTests.ChiSquare(table), fisher);
    }

    private static ResponseRate Rate(string group, List<ResponseRow> rows)
    {
        var evaluable = rows.Where(r => r.BestOverallResponse is { } b && b != ResponseCategory.NE).ToList();
        int Count(ResponseCategory c) => evaluable.Count(r => r.BestOverallResponse == c);
        var cr = Count(ResponseCategory.CR);
        var pr = Count(ResponseCategory.PR);
        var sd = Count(ResponseCategory.SD) + Count(ResponseCategory.NonCRNonPD);
        var n = Math.Max(evaluable.Count, 1);
        var orr = evaluable.Count == 0 ? Empty() : Proportions.ClopperPearson(cr + pr, n);
        var dcr = evaluable.Count == 0 ? Empty() : Proportions.ClopperPearson(cr + pr + sd, n);
        return new ResponseRate(group, rows.Count, evaluable.Count, cr, pr, sd, Count(ResponseCategory.PD),
            orr, evaluable.Count == 0 ? Empty() : Proportions.Wilson(cr + pr, n), dcr, evaluable.Count == 0 ? Empty() : Proportions.Wilson(cr + pr + sd, n));
    }

    private static ProportionEstimate Empty() => new(0, 0, double.NaN, double.NaN, double.NaN, "none evaluable");
}
