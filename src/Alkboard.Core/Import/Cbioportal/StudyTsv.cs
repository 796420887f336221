using System.Globalization;
using System.Security.Cryptography;

namespace Alkboard.Core.Import.Cbioportal;

/// <summary>
/// cBioPortal's tab-separated tables. A row is split on tabs only: a double quote has no special
/// meaning (the files are not RFC 4180 CSV), so no CSV library is used — one would merge rows at
/// an unbalanced quote. Values that cBioPortal treats as missing are read as missing, never as 0.
/// </summary>
internal static class StudyTsv
{
    /// <summary>Clinical values cBioPortal's validator reads as missing (case-insensitive).</summary>
    private static readonly string[] ClinicalMissing = ["[not applicable]", "[not available]", "[pending]", "[discrepancy]", "[completed]", "[null]", "", "na"];

    /// <summary>Gene fields cBioPortal's structural-variant validator reads as missing.</summary>
    private static readonly string[] GeneMissing = ["", "NA", "Unknown", "0"];

    public static string[] Split(string line) => line.Split('\t');

    /// <summary>The first line that is neither blank nor a '#' row (the column header), or null when the file has none.</summary>
    public static string? HeaderLine(LabFileLines lines)
    {
        while (lines.Next() is { } line)
        {
            if (!line.StartsWith('#') && line.Trim().Length > 0)
            {
                return line;
            }
        }

        return null;
    }

    /// <summary>
    /// The data rows after the header, split on tabs: blank and '#' lines skipped, quotes checked, and
    /// a row whose number of fields differs from the header's reported at its line with
    /// <paramref name="code"/> and skipped (the file is then rejected by its collector).
    /// </summary>
    public static IEnumerable<string[]> Rows(LabFileLines lines, StudyFileCollector collector, int width, string code)
    {
        while (lines.Next() is { } line)
        {
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            collector.CheckQuotes(line, lines.Number);
            var f = Split(line);
            if (f.Length != width)
            {
                collector.Error(code, $"{f.Length} fields where the header has {width}", lines.Number);
                continue;
            }

            yield return f;
        }
    }

    public static bool IsClinicalMissing(string value) => ClinicalMissing.Contains(value.Trim().ToLowerInvariant());

    public static string? Gene(string value) => GeneMissing.Contains(value.Trim()) ? null : value.Trim();

    /// <summary>The column index of each header name (the first when a name repeats).</summary>
    public static Dictionary<string, int> Index(string[] columns)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            index.TryAdd(columns[i].Trim(), i);
        }

        return index;
    }

    /// <summary>A whole number as cBioPortal writes positions and days (an optional minus sign, digits).</summary>
    public static bool TryWhole(string text, out long value) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>A finite real number (cBioPortal NUMBER attributes; also 1e-3 notation).</summary>
    public static bool TryReal(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The genome build a cBioPortal reference_genome or NCBI_Build value names, or null for one Alkboard does not know.</summary>
    public static string? Build(string text) => text.Trim().ToLowerInvariant() switch
    {
        "hg19" or "grch37" or "37" => "GRCh37",
        "hg38" or "grch38" or "38" => "GRCh38",
        _ => null,
    };
}
