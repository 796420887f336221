using Alkboard.Core.Import;

namespace Alkboard.Contracts.Import;

/// <summary>
/// <c>alkboard import --format json</c> (docs/import.md): the case read, where the new case went
/// (null: standard output), what each lab file yielded, the molecular tests added, and the files'
/// OncoKB annotations beside Alkboard's interpretation (empty when no file has them).
/// </summary>
public sealed record ImportSummaryJson(string Case, string? Output, IReadOnlyList<ImportFileJson> Files, IReadOnlyList<ImportedTestJson> Tests, IReadOnlyList<OncoKbComparisonJson> OncoKb)
{
    /// <summary>The contract form of an import.</summary>
    public static ImportSummaryJson From(string caseFile, string? output, IReadOnlyList<LabFileImport> imports, CaseImportResult result, IReadOnlyList<OncoKbComparison>? oncoKb = null)
    {
        ArgumentNullException.ThrowIfNull(imports);
        ArgumentNullException.ThrowIfNull(result);
        return new(caseFile, output, [.. imports.Select(ImportFileJson.From)],
            [.. result.AddedTests.Select(t => new ImportedTestJson(t.Id, t.Results.FirstOrDefault()?.Provenance?.Sample, t.Results.Length))],
            [.. (oncoKb ?? []).Select(OncoKbComparisonJson.From)]);
    }
}

/// <summary>One molecular test added by an import: its id, the sample it came from (null for files without samples), and how many results it holds.</summary>
public sealed record ImportedTestJson(string Id, string? Sample, int Results);
