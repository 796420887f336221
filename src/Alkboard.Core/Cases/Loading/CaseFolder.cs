using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Cases.Loading;

/// <summary>A folder of case files read whole: every case, or every error of every file.</summary>
/// <param name="Cases">Each file with its case, in ordinal file-name order (the order does not affect any statistic).</param>
/// <param name="Errors">Every error of every file; when there is one, <paramref name="Cases"/> is empty.</param>
public sealed record CaseFolderResult(IReadOnlyList<CaseLoadResult> Cases, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>True when every file loaded.</summary>
    public bool Success => Errors.Count == 0;
}

/// <summary>Loads every .json, .yaml and .yml file of a folder; one invalid file makes the folder invalid, with every error listed.</summary>
public static class CaseFolder
{
    /// <summary>Reads the folder.</summary>
    /// <param name="folder">The folder of case files (not its subfolders).</param>
    /// <param name="vocabulary">The drug vocabulary every case is checked against.</param>
    /// <returns>The cases, or every error.</returns>
    public static CaseFolderResult Load(string folder, IDrugVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (!Directory.Exists(folder))
        {
            return new([], [new Diagnostic(CaseErrorCodes.FileNotFound, "no such folder", new SourceLocation(folder, 0, 0, "$"))]);
        }

        var files = Directory.EnumerateFiles(folder).Where(f => CaseLoader.FormatOf(f) is not null).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return new([], [new Diagnostic(CaseErrorCodes.EmptyFile, "the folder holds no case files (.json, .yaml, .yml)", new SourceLocation(folder, 0, 0, "$"))]);
        }

        var loaded = files.Select(f => CaseLoader.LoadFile(f, vocabulary)).ToList();
        var errors = loaded.SelectMany(l => l.Errors).Where(e => e.IsError).ToList();
        return errors.Count > 0 ? new([], errors) : new(loaded, []);
    }
}
