using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Knowledge;

/// <summary>
/// Reads CIViC evidence from the GraphQL JSON snapshot (an array of evidence items) and from the
/// official nightly/monthly ClinicalEvidenceSummaries.tsv (columns by header name). Both return
/// the items or located diagnostics (ALK-KB-001 with the file and line or item index); neither throws
/// on bad input, and a file with one bad row gives no items.
/// </summary>
public static class CivicReader
{
    /// <summary>The TSV columns the reader needs.</summary>
    public static IReadOnlyList<string> RequiredTsvColumns { get; } =
        ["molecular_profile", "disease", "therapies", "evidence_type", "evidence_direction", "evidence_level", "significance", "evidence_statement", "citation_id", "source_type", "rating", "evidence_status", "evidence_id"];

    /// <summary>Reads the GraphQL JSON snapshot.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="file">The file name diagnostics give.</param>
    /// <returns>The items, or why the file was refused.</returns>
    public static CivicReadResult ReadJson(string json, string file = "civic.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return Failed(file, (int)(ex.LineNumber ?? -1) + 1, (int)(ex.BytePositionInLine ?? -1) + 1, string.Empty, "not JSON: " + ex.Message.Split(" LineNumber", 2)[0]);
        }

        using var owned = document;
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            return Failed(file, 0, 0, "$", "expected a JSON array of CIViC evidence items");
        }

        var items = new List<CivicItem>();
        var index = 0;
        foreach (var e in document.RootElement.EnumerateArray())
        {
            try
            {
                var source = e.GetProperty("source");
                var pmid = source.TryGetProperty("sourceType", out var st) && st.GetString() == "PUBMED" ? source.GetProperty("citationId").GetString() : null;
                items.Add(new CivicItem(
                    e.GetProperty("id").GetInt32(),
                    e.GetProperty("status").GetString() ?? string.Empty,
                    e.GetProperty("evidenceType").GetString() ?? string.Empty,
                    e.GetProperty("significance").GetString() ?? string.Empty,
                    e.GetProperty("evidenceDirection").GetString() ?? string.Empty,
                    e.GetProperty("evidenceLevel").GetString() ?? string.Empty,
                    e.TryGetProperty("evidenceRating", out var rating) && rating.ValueKind == JsonValueKind.Number ? rating.GetInt32() : null,
                    e.GetProperty("molecularProfile").GetProperty("name").GetString() ?? string.Empty,
                    [.. e.GetProperty("therapies").EnumerateArray().Select(t => t.GetProperty("name").GetString() ?? string.Empty)],
                    e.GetProperty("disease").GetProperty("name").GetString() ?? string.Empty,
                    pmid,
                    source.TryGetProperty("title", out var title) ? title.GetString() : null,
                    source.TryGetProperty("publicationYear", out var year) && year.ValueKind == JsonValueKind.Number ? year.GetInt32() : null,
                    e.GetProperty("description").GetString() ?? string.Empty));
            }
            catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
            {
                return Failed(file, 0, 0, $"$[{index}]", $"evidence item [{index}]: {ex.Message}");
            }

            index++;
        }

        return new CivicReadResult(items, []);
    }

    /// <summary>Reads ClinicalEvidenceSummaries.tsv; every malformed row is reported with its line.</summary>
    /// <param name="tsv">The file's text.</param>
    /// <param name="file">The file name diagnostics give.</param>
    /// <returns>The items, or why the file was refused.</returns>
    public static CivicReadResult ReadTsv(string tsv, string file = "civic.tsv")
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var lines = tsv.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = lines[0].Split('\t');
        var missing = RequiredTsvColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return Failed(file, 1, 0, string.Empty, $"missing column(s) {string.Join(", ", missing)}");
        }

        var errors = new List<Diagnostic>();

        int Col(string name) => Array.IndexOf(header, name);
        var items = new List<CivicItem>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var f = lines[i].Split('\t');
            if (f.Length < header.Length)
            {
                errors.Add(Error(file, i + 1, $"{f.Length} fields, the header has {header.Length}"));
                continue;
            }

            if (!int.TryParse(f[Col("evidence_id")], NumberStyles.Integer, CultureInfo.InvariantCulture, out var eid))
            {
                errors.Add(Error(file, i + 1, $"evidence_id '{f[Col("evidence_id")]}' is not a number"));
                continue;
            }

            items.Add(new CivicItem(
                eid,
                f[Col("evidence_status")].ToUpperInvariant(),
                f[Col("evidence_type")].ToUpperInvariant(),
                f[Col("significance")].ToUpperInvariant().Replace("SENSITIVITY/RESPONSE", "SENSITIVITYRESPONSE", StringComparison.Ordinal),
                f[Col("evidence_direction")].ToUpperInvariant().Replace(' ', '_'),
                f[Col("evidence_level")],
                int.TryParse(f[Col("rating")], NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : null,
                f[Col("molecular_profile")],
                [.. f[Col("therapies")].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
                f[Col("disease")],
                string.Equals(f[Col("source_type")], "PubMed", StringComparison.OrdinalIgnoreCase) ? f[Col("citation_id")] : null,
                header.Contains("citation") ? f[Col("citation")] : null,
                null,
                f[Col("evidence_statement")]));
        }

        return errors.Count > 0 ? new CivicReadResult([], [.. errors]) : new CivicReadResult(items, []);
    }

    private static Diagnostic Error(string file, int line, string message) =>
        new(KnowledgeErrorCodes.Unreadable, message, new SourceLocation(file, line, 0, string.Empty));

    private static CivicReadResult Failed(string file, int line, int column, string path, string message) =>
        new([], [new Diagnostic(KnowledgeErrorCodes.Unreadable, message, new SourceLocation(file, line, column, path))]);
}

/// <summary>CIViC evidence items read from a file, or the diagnostics that refused it (then no items).</summary>
/// <param name="Items">The evidence items, in file order.</param>
/// <param name="Diagnostics">Every problem found, located.</param>
public sealed record CivicReadResult(IReadOnlyList<CivicItem> Items, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the file was read.</summary>
    public bool Success => Diagnostics.IsEmpty;
}
