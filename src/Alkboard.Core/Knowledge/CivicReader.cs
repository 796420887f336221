using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Alkboard.Core.Knowledge;

/// <summary>
/// Reads CIViC evidence from the GraphQL JSON snapshot (an array of evidence items) and from the
/// official nightly/monthly ClinicalEvidenceSummaries.tsv (columns by header name).
/// </summary>
public static class CivicReader
{
    /// <summary>The TSV columns the reader needs.</summary>
    public static IReadOnlyList<string> RequiredTsvColumns { get; } =
        ["molecular_profile", "disease", "therapies", "evidence_type", "evidence_direction", "evidence_level", "significance", "evidence_statement", "citation_id", "source_type", "rating", "evidence_status", "evidence_id"];

    /// <summary>Reads the GraphQL JSON snapshot.</summary>
    /// <exception cref="FormatException">The JSON is not an array of evidence items; the message says where.</exception>
    public static IReadOnlyList<CivicItem> ReadJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("expected a JSON array of CIViC evidence items");
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
            catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"evidence item [{index}]: {ex.Message}", ex);
            }

            index++;
        }

        return items;
    }

    /// <summary>Reads ClinicalEvidenceSummaries.tsv.</summary>
    /// <exception cref="FormatException">A required column is missing, or a row is malformed; the message names the line.</exception>
    public static IReadOnlyList<CivicItem> ReadTsv(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var lines = tsv.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = lines[0].Split('\t');
        var missing = RequiredTsvColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new FormatException($"line 1: missing column(s) {string.Join(", ", missing)}");
        }

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
                throw new FormatException($"line {i + 1}: {f.Length} fields, the header has {header.Length}");
            }

            if (!int.TryParse(f[Col("evidence_id")], NumberStyles.Integer, CultureInfo.InvariantCulture, out var eid))
            {
                throw new FormatException($"line {i + 1}: evidence_id '{f[Col("evidence_id")]}' is not a number");
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

        return items;
    }
}
