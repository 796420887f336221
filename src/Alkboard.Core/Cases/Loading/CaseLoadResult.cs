namespace Alkboard.Core.Cases.Loading;

/// <summary>A case loaded whole, or every error found in the file and no case.</summary>
public sealed record CaseLoadResult(string File, PatientCase? Case, IReadOnlyList<CaseDiagnostic> Errors)
{
    /// <summary>True when the file is a valid case.</summary>
    public bool Success => Case is not null && Errors.Count == 0;
}
