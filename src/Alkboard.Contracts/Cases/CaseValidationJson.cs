using Alkboard.Core.Cases.Loading;

namespace Alkboard.Contracts.Cases;

/// <summary>One file of <c>alkboard validate --format json</c>: whether it is a valid case, its patient id, and every diagnostic (errors and warnings).</summary>
public sealed record CaseValidationJson(string File, bool Valid, string? Patient, IReadOnlyList<DiagnosticJson> Errors)
{
    /// <summary>The contract form of a load result.</summary>
    public static CaseValidationJson From(CaseLoadResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.File, r.Success, r.Case?.Patient.Id, [.. r.Errors.Select(DiagnosticJson.From)]);
    }
}
