using System.Collections.Immutable;
using System.Text;
using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Diagnostics;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import;

/// <summary>
/// Adds imported lab results to a case: one molecular test per sample, each result with its
/// provenance. The original case file is never written; the new case is returned as JSON text and
/// checked by loading it again, so an import that would break a case rule is rejected whole.
/// </summary>
public static class CaseImporter
{
    /// <summary>Builds the new case from <paramref name="caseFile"/> and lab files that were each read without an error.</summary>
    public static CaseImportResult AddToCase(string caseFile, IReadOnlyList<LabFileImport> imports, ImportedTestDetails details, KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        ArgumentNullException.ThrowIfNull(imports);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(kb);
        if (imports.Any(i => !i.Success))
        {
            throw new ArgumentException("every lab file must have been read without an error", nameof(imports));
        }

        var loaded = CaseLoader.LoadFile(caseFile, kb.Vocabulary);
        if (!loaded.Success)
        {
            return new CaseImportResult(null, null, [], [.. loaded.Errors]);
        }

        var tests = Tests(loaded.Case!, imports, details);
        var format = CaseLoader.FormatOf(caseFile)!.Value;
        var (json, parseErrors) = CaseFileEditor.AppendMolecularTests(File.ReadAllBytes(caseFile), caseFile, format, tests);
        if (json is null)
        {
            return new CaseImportResult(null, null, [], [.. parseErrors]);
        }

        var reloaded = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(json), caseFile, CaseFileFormat.Json, kb.Vocabulary);
        if (!reloaded.Success)
        {
            var errors = reloaded.Errors.Where(e => e.IsError)
                .Select(e => new Diagnostic(ImportErrorCodes.CaseRejected, $"with the imported tests the case breaks a rule: {e.Code} {e.Message}", new SourceLocation(caseFile, 0, 0, e.Location.Path)));
            return new CaseImportResult(null, null, [], [.. errors]);
        }

        return new CaseImportResult(json, reloaded.Case, tests, [.. reloaded.Warnings]);
    }

    /// <summary>One test per sample, in the order the samples first appear; results without a sample form one test.</summary>
    public static ImmutableArray<MolecularTest> Tests(PatientCase patientCase, IReadOnlyList<LabFileImport> imports, ImportedTestDetails details)
    {
        ArgumentNullException.ThrowIfNull(patientCase);
        ArgumentNullException.ThrowIfNull(imports);
        ArgumentNullException.ThrowIfNull(details);
        var taken = patientCase.MolecularTests.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var tests = ImmutableArray.CreateBuilder<MolecularTest>();
        foreach (var group in imports.SelectMany(i => i.Results).GroupBy(r => r.Provenance?.Sample ?? string.Empty))
        {
            var files = group.Select(r => r.Provenance!.File).Distinct(StringComparer.Ordinal).ToList();
            var stem = group.Key.Length > 0 ? group.Key : Path.GetFileNameWithoutExtension(files[0]);
            var id = UniqueId("import-" + Slug(stem), taken);
            var sample = group.Key.Length > 0 ? $"sample {group.Key}" : "no sample named";
            var note = $"Imported by alkboard import from {string.Join(", ", files)} ({sample}); each result carries its provenance.";
            tests.Add(new MolecularTest(id, details.Date, details.Line, details.Specimen, details.Method, null, null, TestStatus.Reported, [.. group], note));
        }

        return tests.ToImmutable();
    }

    private static string UniqueId(string wanted, HashSet<string> taken)
    {
        var id = wanted;
        for (var n = 2; !taken.Add(id); n++)
        {
            id = $"{wanted}-{n}";
        }

        return id;
    }

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var s = slug.ToString().Trim('-');
        return s.Length == 0 ? "file" : s;
    }
}
