using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Alkboard.Core.Import.Cbioportal;

/// <summary>Which clinical file of a study: patient attributes or sample attributes.</summary>
internal enum ClinicalKind
{
    /// <summary><c>data_clinical_patient(s).txt</c>: one row per patient.</summary>
    Patient,

    /// <summary><c>data_clinical_sample(s).txt</c>: one row per sample, with its patient.</summary>
    Sample,
}

/// <summary>One row of a clinical file: its line, the patient or sample id, the patient id (samples) and every attribute as written.</summary>
internal sealed record ClinicalRow(int Line, string Id, string PatientId, ImmutableArray<KeyValuePair<string, string>> Values)
{
    /// <summary>The value of a column, or null when the column is absent or the value is missing ([Not Available], empty, NA, ...), never 0.</summary>
    public string? Get(string column)
    {
        foreach (var (key, value) in Values)
        {
            if (key == column)
            {
                return StudyTsv.IsClinicalMissing(value) ? null : value.Trim();
            }
        }

        return null;
    }

    /// <summary>A status value split on its first colon into a code and a label ("1:DECEASED" is 1 and DECEASED); a value without a colon has no code.</summary>
    public static (string? Code, string Label) Status(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (null, value) : (value[..colon], value[(colon + 1)..]);
    }
}

/// <summary>A clinical file read whole: its columns, their display names and datatypes, its rows and what reading it found.</summary>
internal sealed record ClinicalTable(ClinicalKind Kind, ImmutableArray<string> Columns, ImmutableArray<ClinicalRow> Rows, StudyFileImport File);

/// <summary>
/// Reads a cBioPortal clinical patient or sample file: four <c>#</c> rows (display names,
/// descriptions, datatypes STRING / NUMBER / BOOLEAN, priorities), the column header, then one row
/// per patient or sample. Values are checked as cBioPortal's validator checks them: ids of letters,
/// digits and <c>._()[]',+-:;</c> only (so a quoted id is invalid), NUMBER attributes real numbers,
/// the survival statuses code:label.
/// </summary>
internal static partial class ClinicalFile
{
    private static readonly string[] Datatypes = ["STRING", "NUMBER", "BOOLEAN"];
    private static readonly string[] OsStatuses = ["LIVING", "DECEASED", "0:LIVING", "1:DECEASED"];
    private static readonly string[] DfsStatuses = ["0:DiseaseFree", "1:Recurred/Progressed", "1:Recurred", "1:Progressed", "DiseaseFree", "Recurred/Progressed", "Recurred", "Progressed"];

    public static ClinicalTable Read(string path, ClinicalKind kind, string? meta)
    {
        var datatype = kind == ClinicalKind.Patient ? "PATIENT_ATTRIBUTES" : "SAMPLE_ATTRIBUTES";
        var collector = new StudyFileCollector(path, StudyTsv.Sha256Of(path), meta, datatype);
        var rows = ImmutableArray.CreateBuilder<ClinicalRow>();
        var columns = ImmutableArray<string>.Empty;
        using (var lines = LabFileLines.Open(path))
        {
            columns = Read(lines, kind, collector, rows);
        }

        return new ClinicalTable(kind, columns, rows.ToImmutable(), collector.Build());
    }

    private static ImmutableArray<string> Read(LabFileLines lines, ClinicalKind kind, StudyFileCollector collector, ImmutableArray<ClinicalRow>.Builder rows)
    {
        var metadata = new List<(string[] Fields, int Line)>();
        string? header = null;
        while (lines.Next() is { } line)
        {
            if (line.StartsWith('#'))
            {
                metadata.Add((StudyTsv.Split(line[1..]), lines.Number));
                continue;
            }

            if (line.Trim().Length > 0)
            {
                header = line;
                break;
            }
        }

        var idColumn = kind == ClinicalKind.Patient ? "PATIENT_ID" : "SAMPLE_ID";
        if (header is null)
        {
            collector.Error(ImportErrorCodes.Empty, $"the clinical file has no column header line ({idColumn} ...)", lines.Number);
            return [];
        }

        var headerLine = lines.Number;
        var columns = StudyTsv.Split(header).Select(c => c.Trim()).ToArray();
        var types = Types(metadata, columns.Length, headerLine, collector);
        var index = StudyTsv.Index(columns);
        foreach (var repeated in columns.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            collector.Error(ImportErrorCodes.ClinicalFile, $"the column {repeated.Key} is given {repeated.Count()} times", headerLine, Array.IndexOf(columns, repeated.Key) + 1);
        }

        var required = kind == ClinicalKind.Patient ? new[] { "PATIENT_ID" } : ["PATIENT_ID", "SAMPLE_ID"];
        var missing = required.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            collector.Error(ImportErrorCodes.ClinicalFile, $"the header lacks the column(s) {string.Join(", ", missing)}; this is not a cBioPortal clinical {(kind == ClinicalKind.Patient ? "patient" : "sample")} file", headerLine);
            return [.. columns];
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (lines.Next() is { } line)
        {
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            collector.CheckQuotes(line, lines.Number);
            var f = StudyTsv.Split(line);
            if (f.Length != columns.Length)
            {
                collector.Error(ImportErrorCodes.ClinicalFile, $"{f.Length} fields where the header has {columns.Length}", lines.Number);
                continue;
            }

            collector.Count(kind == ClinicalKind.Patient ? "patients" : "samples");
            var ok = Id(f, index, "PATIENT_ID", lines.Number, collector);
            ok &= kind == ClinicalKind.Patient || Id(f, index, "SAMPLE_ID", lines.Number, collector);
            for (var i = 0; i < columns.Length; i++)
            {
                ok &= Value(columns, i, f[i].Trim(), types[i], index, lines.Number, collector);
            }

            var id = f[index[idColumn]].Trim();
            if (ok && seen.TryGetValue(id, out var first))
            {
                collector.Error(ImportErrorCodes.ClinicalFile, $"{idColumn} {id} is given twice (first on line {first})", lines.Number, index[idColumn] + 1);
                ok = false;
            }

            if (ok)
            {
                seen[id] = lines.Number;
                rows.Add(new ClinicalRow(lines.Number, id, f[index["PATIENT_ID"]].Trim(), [.. columns.Select((c, i) => new KeyValuePair<string, string>(c, f[i]))]));
            }
        }

        return [.. columns];
    }

    /// <summary>The datatype of each column from the third of the four '#' rows.</summary>
    private static string[] Types(List<(string[] Fields, int Line)> metadata, int width, int headerLine, StudyFileCollector collector)
    {
        var types = Enumerable.Repeat("STRING", width).ToArray();
        if (metadata.Count != 4)
        {
            collector.Error(ImportErrorCodes.ClinicalFile,
                $"{metadata.Count} '#' rows before the header where a cBioPortal clinical file has 4 (display names, descriptions, datatypes, priorities)", metadata.Count > 0 ? metadata[0].Line : headerLine);
            return types;
        }

        foreach (var (fields, line) in metadata.Where(m => m.Fields.Length != width))
        {
            collector.Error(ImportErrorCodes.ClinicalFile, $"this '#' row has {fields.Length} fields where the header has {width}", line);
        }

        var (datatypes, datatypeLine) = metadata[2];
        for (var i = 0; i < Math.Min(width, datatypes.Length); i++)
        {
            var t = datatypes[i].Trim();
            if (!Datatypes.Contains(t, StringComparer.Ordinal))
            {
                collector.Error(ImportErrorCodes.ClinicalFile, $"datatype '{t}' is not one of {string.Join(", ", Datatypes)}", datatypeLine, i + 1);
                continue;
            }

            types[i] = t;
        }

        var priorities = metadata[3];
        for (var i = 0; i < priorities.Fields.Length; i++)
        {
            if (!int.TryParse(priorities.Fields[i].Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var p) || p < -1)
            {
                collector.Error(ImportErrorCodes.ClinicalFile, $"priority '{priorities.Fields[i].Trim()}' is not a whole number of -1 or more", priorities.Line, i + 1);
            }
        }

        return types;
    }

    private static bool Id(string[] f, Dictionary<string, int> index, string column, int line, StudyFileCollector collector)
    {
        var value = f[index[column]].Trim();
        if (StudyTsv.IsClinicalMissing(value))
        {
            collector.Error(ImportErrorCodes.ClinicalFile, $"{column} is missing", line, index[column] + 1);
            return false;
        }

        if (InvalidIdCharacter().IsMatch(value))
        {
            collector.Error(ImportErrorCodes.ClinicalFile, $"'{value}' is not a valid {column}: ids hold only letters, digits and . _ ( ) [ ] ' , + - : ; (a double quote is part of the value in cBioPortal files, not quoting)", line, index[column] + 1);
            return false;
        }

        return true;
    }

    private static bool Value(string[] columns, int i, string value, string type, Dictionary<string, int> index, int line, StudyFileCollector collector)
    {
        var column = columns[i];
        if (StudyTsv.IsClinicalMissing(value))
        {
            return true;
        }

        string? problem = null;
        if (type == "NUMBER" && !StudyTsv.TryReal(value, out _) && !(value.Length > 1 && value[0] is '<' or '>' && StudyTsv.TryReal(value[1..], out _)))
        {
            problem = $"{column} is '{value}', not a real number (the column's datatype is NUMBER)";
        }
        else if (type == "BOOLEAN" && value is not ("TRUE" or "FALSE"))
        {
            problem = $"{column} is '{value}', not TRUE or FALSE (the column's datatype is BOOLEAN)";
        }
        else if (column == "OS_STATUS" && !OsStatuses.Contains(value, StringComparer.Ordinal))
        {
            problem = $"OS_STATUS is '{value}', not one of {string.Join(", ", OsStatuses)}";
        }
        else if (column == "DFS_STATUS" && !DfsStatuses.Contains(value, StringComparer.Ordinal))
        {
            problem = $"DFS_STATUS is '{value}', not one of {string.Join(", ", DfsStatuses)}";
        }
        else if (column.EndsWith("_STATUS", StringComparison.Ordinal) && column is not ("OS_STATUS" or "DFS_STATUS")
            && index.ContainsKey(column[..^"_STATUS".Length] + "_MONTHS") && ClinicalRow.Status(value).Code is not ("0" or "1"))
        {
            problem = $"{column} is '{value}', not written code:label with code 0 (no event) or 1 (event), e.g. 1:Progressed";
        }

        if (problem is null)
        {
            return true;
        }

        collector.Error(ImportErrorCodes.ClinicalFile, problem, line, i + 1);
        return false;
    }

    /// <summary>cBioPortal's validator: PATIENT_ID and SAMPLE_ID may hold only these characters.</summary>
    [GeneratedRegex(@"[^A-Za-z0-9._()\[\]',+\-:;]")]
    private static partial Regex InvalidIdCharacter();
}
