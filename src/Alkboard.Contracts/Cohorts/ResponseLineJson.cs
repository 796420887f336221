using Alkboard.Core.Cases;
using Alkboard.Core.Cohorts;

namespace Alkboard.Contracts.Cohorts;

/// <summary>One line of therapy in a cohort: patient, line number, drugs, best overall response (CR, PR, SD, PD, NE, NonCR/NonPD; null when none) and its source.</summary>
public sealed record ResponseLineJson(string Patient, int Line, string Drugs, ResponseCategory? BestOverallResponse, string? Source)
{
    /// <summary>The contract form of a response row.</summary>
    public static ResponseLineJson From(ResponseRow r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Patient, r.Line, r.Drugs, r.BestOverallResponse, r.Source);
    }
}
