using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Alkboard.Core.Cohorts.Statistics;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Cohorts;

/// <summary>A survival table read from a CSV or TSV file, with what was left out and why.</summary>
public sealed record SurvivalTable(SurvivalSample Sample, string EventCoding, int RowsRead, IReadOnlyList<string> Excluded);

/// <summary>A survival table, or the located errors that rejected it (never both).</summary>
/// <param name="Table">The table when the file had no error.</param>
/// <param name="Diagnostics">Every problem found, each with the file, line and column name (as the JSON path).</param>
public sealed record SurvivalTableResult(SurvivalTable? Table, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the table was read.</summary>
    public bool Success => Table is not null;
}

/// <summary>
/// Reads a registry export: a CSV or TSV (by extension, or by the header's separator) with named
/// columns for time, event, and optionally group and stratum. Events may be coded 0/1 (1 = event),
/// 1/2 as R's survival package codes them (1 = censored, 2 = event), or true/false; the coding is
/// detected from the values and reported. Rows with a missing time or event are left out and
/// counted; anything else malformed is an error naming the line and column. Errors are returned,
/// never thrown: every bad row is reported (up to <see cref="MaxErrors"/>) and the table is rejected whole.
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

    /// <summary>Errors reported before reading stops (a file of a million bad rows gives this many and a count).</summary>
    public const int MaxErrors = 100;

    /// <summary>Reads a table file: its size is checked before it is read (<see cref="MaxFileBytes"/>).</summary>
    /// <param name="path">The CSV or TSV file.</param>
    /// <param name="timeColumn">The column of follow-up times.</param>
    /// <param name="eventColumn">The column of event indicators.</param>
    /// <param name="groupColumn">The column of groups, or null for one group.</param>
    /// <param name="stratumColumn">The column of strata, or null.</param>
    /// <returns>The table, or the diagnostics that rejected it.</returns>
    public static SurvivalTableResult ReadFile(string path, string timeColumn, string eventColumn, string? groupColumn = null, string? stratumColumn = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            var size = new FileInfo(path).Length;
            if (size > MaxFileBytes)
            {
                return Failed(path, SurvivalTableErrorCodes.FileTooLarge, $"{size:N0} bytes; a survival table holds at most {MaxFileBytes:N0}");
            }

            text = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (DecoderFallbackException)
        {
            return Failed(path, SurvivalTableErrorCodes.Unreadable, "the file is not UTF-8 text");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failed(path, SurvivalTableErrorCodes.Unreadable, path.Length == 0 ? "no file named (an empty path)" : File.Exists(path) ? "cannot be read: " + ex.Message : "no such file");
        }

        return Read(text, timeColumn, eventColumn, groupColumn, stratumColumn, path);
    }

    /// <summary>Reads a table from its text.</summary>
    /// <param name="text">The whole file.</param>
    /// <param name="timeColumn">The column of follow-up times.</param>
    /// <param name="eventColumn">The column of event indicators.</param>
    /// <param name="groupColumn">The column of groups, or null for one group.</param>
    /// <param name="stratumColumn">The column of strata, or null.</param>
    /// <param name="file">The file name diagnostics give.</param>
    /// <returns>The table, or the diagnostics that rejected it.</returns>
    /// <remarks>
    /// Parses spans of the text without splitting it into strings: a million-row export reads in a
    /// fraction of a second, where string splitting took most of an analysis' time.
    /// </remarks>
    public static SurvivalTableResult Read(string text, string timeColumn, string eventColumn, string? groupColumn = null, string? stratumColumn = null, string file = "table")
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<Diagnostic>();
        void Error(string code, int line, string? column, string message) =>
            errors.Add(new Diagnostic(code, message, new SourceLocation(file, line, 0, column is null ? string.Empty : $"column '{column}'")));

        var span = text.AsSpan();
        var headerEnd = span.IndexOf('\n');
        var headerLine = (headerEnd < 0 ? span : span[..headerEnd]).TrimEnd('\r');
        if (headerLine.IsWhiteSpace())
        {
            return Failed(file, SurvivalTableErrorCodes.Unreadable, "the file is empty; expected a header row", 1);
        }

        var separator = headerLine.Contains('\t') ? '\t' : ',';
        if (headerLine.Count(separator) + 1 > MaxColumns)
        {
            return Failed(file, SurvivalTableErrorCodes.TooManyColumns, $"{headerLine.Count(separator) + 1} columns; a table holds at most {MaxColumns}", 1);
        }

        var header = Split(headerLine.ToString(), separator);
        int Column(string? name)
        {
            if (name is null)
            {
                return -1;
            }

            var index = Array.FindIndex(header, h => string.Equals(h, name, StringComparison.Ordinal));
            if (index < 0)
            {
                Error(SurvivalTableErrorCodes.MissingColumn, 1, name, $"no column '{name}'; the columns are {string.Join(", ", header)}");
            }

            return index;
        }

        var ti = Column(timeColumn);
        var ei = Column(eventColumn);
        var gi = Column(groupColumn);
        var si = Column(stratumColumn);
        if (errors.Count > 0)
        {
            return new SurvivalTableResult(null, [.. errors]);
        }

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
        while (!rest.IsEmpty && errors.Count < MaxErrors)
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
                Error(SurvivalTableErrorCodes.FieldCount, lineNumber, null, $"{line.Count(separator) + 1} fields, the header has {header.Length}");
                continue;
            }

            var timeText = Field(line, fields[ti]);
            var eventText = Field(line, fields[ei]);
            var groupText = gi >= 0 ? Field(line, fields[gi]) : "all";
            if (Missing(timeText) || Missing(eventText) || (gi >= 0 && Missing(groupText)))
            {
                excluded.Add($"line {lineNumber}: missing {(Missing(timeText) ? timeColumn : Missing(eventText) ? eventColumn : groupColumn)}");
                continue;
            }

            if (!double.TryParse(timeText, NumberStyles.Float, CultureInfo.InvariantCulture, out var time) || time < 0 || !double.IsFinite(time))
            {
                Error(SurvivalTableErrorCodes.BadTime, lineNumber, timeColumn, $"'{timeText}' is not a non-negative time");
                continue;
            }

            times.Add(time);
            eventCodes.Add(Code(eventLookup, events, eventText));
            groupCodes.Add(Code(groupLookup, groups, groupText));
            if (groups.Count > MaxGroups)
            {
                Error(SurvivalTableErrorCodes.TooManyGroups, lineNumber, groupColumn, $"more than {MaxGroups} distinct groups; group by a variable with fewer values");
                break;
            }

            if (si >= 0)
            {
                stratumCodes.Add(Code(strataLookup, strata, Field(line, fields[si])));
                if (strata.Count > MaxStrata)
                {
                    Error(SurvivalTableErrorCodes.TooManyGroups, lineNumber, stratumColumn, $"more than {MaxStrata} distinct strata");
                    break;
                }
            }
        }

        if (errors.Count >= MaxErrors && !rest.IsEmpty)
        {
            errors.Add(new Diagnostic(errors[^1].Code, $"reading stopped after {MaxErrors} errors; the rest of the file was not checked", new SourceLocation(file, lineNumber, 0, string.Empty)));
        }

        var eventNames = events.OrderBy(e => e.Value).Select(e => e.Key).ToList();
        var coding = DetectCoding(eventNames);
        if (coding is null)
        {
            Error(SurvivalTableErrorCodes.BadEventCoding, 0, eventColumn, $"values {string.Join(", ", eventNames.Take(5))} are not 0/1, 1/2 or true/false");
        }

        if (errors.Count > 0 || coding is null)
        {
            return new SurvivalTableResult(null, [.. errors]);
        }

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
        return new SurvivalTableResult(new SurvivalTable(sample, coding, read, excluded), []);
    }

    private static SurvivalTableResult Failed(string file, string code, string message, int line = 0) =>
        new(null, [new Diagnostic(code, message, new SourceLocation(file, line, 0, string.Empty))]);

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

    private static string? DetectCoding(List<string> values)
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

        return null;
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
