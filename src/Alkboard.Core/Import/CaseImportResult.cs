using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Import;

/// <summary>The new case (as JSON text and as the loaded model) with the imported tests, or every error and no case.</summary>
public sealed record CaseImportResult(string? CaseJson, PatientCase? Case, ImmutableArray<MolecularTest> AddedTests, ImmutableArray<Diagnostic> Errors)
{
    /// <summary>True when the new case was written and loads without an error.</summary>
    public bool Success => CaseJson is not null && Errors.All(e => !e.IsError);
}
