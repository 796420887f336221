using Alkboard.Core.Cases;
using Alkboard.Core.Recist;

namespace Alkboard.Core.Cohorts;

/// <summary>One patient of a cohort: the case, its RECIST report, and the variables subgroups are formed by.</summary>
public sealed record CohortPatient(string File, PatientCase Case, RecistReport Responses, IReadOnlyDictionary<CohortVariable, string> Variables);
