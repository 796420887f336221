using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Cases.Loading;

/// <summary>A case loaded whole, or every error found in the file and no case.</summary>
public sealed record CaseLoadResult(string File, PatientCase? Case, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>True when the file is a valid case.</summary>
    public bool Success => Case is not null && !Errors.Any(e => e.IsError);

    /// <summary>The warnings of a valid case (shown, not rejecting).</summary>
    public IEnumerable<Diagnostic> Warnings => Errors.Where(e => !e.IsError);
}
