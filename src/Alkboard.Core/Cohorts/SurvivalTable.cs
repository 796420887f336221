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
    /// <summary>Columns in a table (the header is split onto the stack; a crafted header must not overflow it).</summary>
    public const int MaxColumns = 1_000;

    /// <summary>Distinct values of the group column (log-rank and Cox work on a groups x groups matrix).</summary>
    public const int MaxGroups = 100;

    /// <summary>Distinct values of the stratum column.</summary>
    public const int MaxStrata = 10_000;

    /// <summary>The largest table read (read whole into memory, as text of up to 1 G characters).</summary>
    public const long MaxFileBytes = 1_000_000_000;

    /// <summary>Reads the file; throws <see cref="FormatException"/> with the line and column for bad content.</summary>
    /// <remarks>
    /// Parses spans of the text without splitting it into strings: a million-row export reads in a
    /// fraction of a second, where string splitting took most of an analysis' time.
    /// </remarks>
    public static SurvivalTable Read(string text, string timeColumn, string eventColumn, string? groupColumn = null, string? stratumColumn = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var headerEnd = span.IndexOf('\n');
        var headerLine = (headerEnd < 0 ? span : span[..headerEnd]).TrimEnd('\r');
        if (headerLine.IsWhiteSpace())
        {
            throw new FormatException("line 1: the file is empty; expected a header row");
        }

        var separator = headerLine.Contains('\t') ? '\t' : ',';
        if (headerLine.Count(separator) + 1 > MaxColumns)
        {
            throw new FormatException($"line 1: ALK-CSV-001: {headerLine.Count(separator) + 1} columns; a table holds at most {MaxColumns}");
        }

        var header = Split(headerLine.ToString(), separator);
        int Column(string? name)
        {
            if (name is null)
            {
                return -1;
            }

            var index = Array.FindIndex(header, h => string.Equals(h, name, StringComparison.Ordinal));
            return index >= 0 ? index : throw new FormatException($"line 1: no column '{name}'; the columns are {string.Join(", ", header)}");
        }

        var ti = Column(timeColumn);
        var ei = Column(eventColumn);
        var gi = Column(groupColumn);
        var si = Column(stratumColumn);
        var times = new List<double>();
        var eventCodes = new List<int>();
        var groupCodes = new List<int>();
        var stratumCodes = new List<int>();
        var events = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var strata = new Dictionary<string, int>(StringComparer.Ordinal);
        var eventLookup = events.GetAlternateLookup<ReadOnlySpan<char>>();
        var groupLookup = groups.GetAlternateLookup<ReadOnlySpan<char>>();
        var strataLookup = strata.GetAlternateLookup<ReadOnlySpan<char>>();
        var excluded = new List<string>();
        var read = 0;
        var lineNumber = 1;
        var rest = headerEnd < 0 ? ReadOnlySpan<char>.Empty : span[(headerEnd + 1)..];
        Span<Range> fields = stackalloc Range[header.Length + 1];
        while (!rest.IsEmpty)
        {
            lineNumber++;
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).TrimEnd('\r');
            rest = end < 0 ? ReadOnlySpan<char>.Empty : rest[(end + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }

            read++;
            var count = line.Split(fields, separator);
            if (count != header.Length)
            {
                throw new FormatException($"line {lineNumber}: {line.Count(separator) + 1} fields, the header has {header.Length}");
            }

            var timeText = Field(line, fields[ti]);
            var eventText = Field(line, fields[ei]);
            var groupText = gi >= 0 ? Field(line, fields[gi]) : "all";
            if (Missing(timeText) || Missing(eventText) || (gi >= 0 && Missing(groupText)))
            {
                excluded.Add($"line {lineNumber}: missing {(Missing(timeText) ? timeColumn : Missing(eventText) ? eventColumn : groupColumn)}");
                continue;
            }

            if (!double.TryParse(timeText, NumberStyles.Float, CultureInfo.InvariantCulture, out var time) || time < 0 || double.IsNaN(time))
            {
                throw new FormatException($"line {lineNumber}, column '{timeColumn}': '{timeText}' is not a non-negative time");
            }

            times.Add(time);
            eventCodes.Add(Code(eventLookup, events, eventText));
            groupCodes.Add(Code(groupLookup, groups, groupText));
            if (groups.Count > MaxGroups)
            {
                throw new FormatException($"line {lineNumber}, column '{groupColumn}': ALK-CSV-002: more than {MaxGroups} distinct groups; group by a variable with fewer values");
            }

            if (si >= 0)
            {
                stratumCodes.Add(Code(strataLookup, strata, Field(line, fields[si])));
                if (strata.Count > MaxStrata)
                {
                    throw new FormatException($"line {lineNumber}, column '{stratumColumn}': ALK-CSV-002: more than {MaxStrata} distinct strata");
                }
            }
        }

        var eventNames = events.OrderBy(e => e.Value).Select(e => e.Key).ToList();
        var coding = DetectCoding(eventNames, eventColumn);
        var isEvent = eventNames.Select(e => IsEvent(e, coding)).ToArray();
        var groupNames = SortGroups(groups.Keys);
        var groupMap = groups.OrderBy(g => g.Value).Select(g => Array.IndexOf(groupNames, g.Key)).ToArray();
        var strataNames = strata.Keys.Order(StringComparer.Ordinal).ToList();
        var strataMap = strata.OrderBy(s => s.Value).Select(s => strataNames.IndexOf(s.Key)).ToArray();
        var sample = new SurvivalSample(
            [.. times],
            [.. eventCodes.Select(c => isEvent[c])],
            [.. groupCodes.Select(c => groupMap[c])],
            groupNames,
            si >= 0 ? [.. stratumCodes.Select(c => strataMap[c])] : null);
        return new SurvivalTable(sample, coding, read, excluded);
    }

    private static ReadOnlySpan<char> Field(ReadOnlySpan<char> line, Range range) => line[range].Trim().Trim('"');

    private static int Code(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, Dictionary<string, int> names, ReadOnlySpan<char> value)
    {
        if (!lookup.TryGetValue(value, out var code))
        {
            code = names.Count;
            lookup[value] = code;
        }

        return code;
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

    private static bool Missing(ReadOnlySpan<char> value) => value.IsEmpty || value is "NA" or "NaN" or "nan";

    private static string[] Split(string line, char separator) => [.. line.Split(separator).Select(f => f.Trim().Trim('"'))];
}
