using System.Globalization;
using Alkboard.Core.Cohorts.Statistics;

namespace Alkboard.Core.Cohorts;

/// <summary>A survival table read from a CSV or TSV file, with what was left out and why.</summary>
public sealed record SurvivalTable(SurvivalSample Sample, string EventCoding, int RowsRead, IReadOnlyList<string> Excluded);

/// <summary>
/// Reads a registry export: a CSV or TSV (by extension, or by the header's separator) with named
/// columns for time, event, and optionally group and stratum. Events may be coded 0/1 (1 = event),
/// 1/2 as R's survival package codes them (1 = censored, 2 = event), or true/false; the coding is
/// detected from the values and reported. Rows with a missing time or event are left out and
/// counted; anything else malformed is an error naming the line and column.
/// </summary>
public static class SurvivalTableReader
{
    /// <summary>Reads the file; throws <see cref="FormatException"/> with the line and column for bad content.</summary>
    public static SurvivalTable Read(string text, string timeColumn, string eventColumn, string? groupColumn = null, string? stratumColumn = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || string.IsNullOrWhiteSpace(lines[0]))
        {
            throw new FormatException("line 1: the file is empty; expected a header row");
        }

        var separator = lines[0].Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
        var header = Split(lines[0], separator);
        int Column(string? name, bool required)
        {
            if (name is null)
            {
                return -1;
            }

            var index = Array.FindIndex(header, h => string.Equals(h, name, StringComparison.Ordinal));
            if (index < 0 && required)
            {
                throw new FormatException($"line 1: no column '{name}'; the columns are {string.Join(", ", header)}");
            }

            return index < 0 ? throw new FormatException($"line 1: no column '{name}'; the columns are {string.Join(", ", header)}") : index;
        }

        var ti = Column(timeColumn, true);
        var ei = Column(eventColumn, true);
        var gi = Column(groupColumn, false);
        var si = Column(stratumColumn, false);
        var rows = new List<(double Time, string Event, string Group, string Stratum)>();
        var excluded = new List<string>();
        var read = 0;
        for (var n = 1; n < lines.Length; n++)
        {
            if (lines[n].Length == 0)
            {
                continue;
            }

            read++;
            var f = Split(lines[n], separator);
            if (f.Length != header.Length)
            {
                throw new FormatException($"line {n + 1}: {f.Length} fields, the header has {header.Length}");
            }

            if (Missing(f[ti]) || Missing(f[ei]) || (gi >= 0 && Missing(f[gi])))
            {
                excluded.Add($"line {n + 1}: missing {(Missing(f[ti]) ? timeColumn : Missing(f[ei]) ? eventColumn : groupColumn)}");
                continue;
            }

            if (!double.TryParse(f[ti], NumberStyles.Float, CultureInfo.InvariantCulture, out var time) || time < 0 || double.IsNaN(time))
            {
                throw new FormatException($"line {n + 1}, column '{timeColumn}': '{f[ti]}' is not a non-negative time");
            }

            rows.Add((time, f[ei].Trim(), gi >= 0 ? f[gi].Trim() : "all", si >= 0 ? f[si].Trim() : string.Empty));
        }

        var coding = DetectCoding(rows.Select(r => r.Event).Distinct().ToList(), eventColumn);
        var groups = SortGroups(rows.Select(r => r.Group).Distinct());
        var strata = rows.Select(r => r.Stratum).Distinct().Order(StringComparer.Ordinal).ToList();
        var sample = new SurvivalSample(
            [.. rows.Select(r => r.Time)],
            [.. rows.Select(r => IsEvent(r.Event, coding))],
            [.. rows.Select(r => Array.IndexOf(groups, r.Group))],
            groups,
            si >= 0 ? [.. rows.Select(r => strata.IndexOf(r.Stratum))] : null);
        return new SurvivalTable(sample, coding, read, excluded);
    }

    /// <summary>Groups in sorted order: numerically when every name is a number, else ordinally.</summary>
    public static string[] SortGroups(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.All(n => double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            ? [.. list.OrderBy(n => double.Parse(n, CultureInfo.InvariantCulture))]
            : [.. list.Order(StringComparer.Ordinal)];
    }

    private static string DetectCoding(List<string> values, string column)
    {
        static bool Only(List<string> v, params string[] allowed) => v.All(x => allowed.Contains(x, StringComparer.OrdinalIgnoreCase));
        if (Only(values, "0", "1", "0.0", "1.0"))
        {
            return "0/1 (1 = event)";
        }

        if (Only(values, "1", "2", "1.0", "2.0"))
        {
            return "1/2 (R survival: 1 = censored, 2 = event)";
        }

        if (Only(values, "true", "false"))
        {
            return "true/false";
        }

        throw new FormatException($"column '{column}': values {string.Join(", ", values.Take(5))} are not 0/1, 1/2 or true/false");
    }

    private static bool IsEvent(string value, string coding) => coding[0] switch
    {
        '0' => value.StartsWith('1'),
        '1' => value.StartsWith('2'),
        _ => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase),
    };

    private static bool Missing(string value) => value.Trim() is "" or "NA" or "NaN" or "nan";

    private static string[] Split(string line, char separator) => [.. line.Split(separator).Select(f => f.Trim().Trim('"'))];
}
