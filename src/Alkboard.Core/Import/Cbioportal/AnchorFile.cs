using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Import.Cbioportal;

/// <summary>
/// The --anchors file: one patient per line, <c>PATIENT_ID&lt;TAB&gt;DATE</c>, the date of the
/// patient's timeline day 0, a full date (YYYY-MM-DD): every timeline day is an exact offset from
/// it, so an anchor known to the year, the month or a range is refused (<see cref="DayOnly"/>). An
/// optional header line starts with PATIENT_ID; blank lines and lines starting with # are skipped.
/// </summary>
public static class AnchorFile
{
    /// <summary>Reads the anchors; every bad line is an error (file:line, <see cref="ImportErrorCodes.AnchorFile"/>).</summary>
    public static (ImmutableDictionary<string, PartialDate> Anchors, ImmutableArray<Diagnostic> Errors) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var anchors = ImmutableDictionary.CreateBuilder<string, PartialDate>(StringComparer.Ordinal);
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = ImmutableArray.CreateBuilder<Diagnostic>();
        void Error(string message, int line, int column = 1) => errors.Add(new Diagnostic(ImportErrorCodes.AnchorFile, message, new SourceLocation(path, line, line > 0 ? column : 0, string.Empty)));
        if (!File.Exists(path))
        {
            errors.Add(new Diagnostic(ImportErrorCodes.FileNotFound, "no such file (--anchors)", new SourceLocation(path, 0, 0, string.Empty)));
            return (anchors.ToImmutable(), errors.ToImmutable());
        }

        try
        {
            using var lines = LabFileLines.Open(path);
            while (lines.Next() is { } line)
            {
                if (line.Trim().Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var f = line.Split('\t');
                if (f[0].Trim() == "PATIENT_ID" && anchors.Count == 0 && errors.Count == 0)
                {
                    continue;
                }

                if (f.Length != 2)
                {
                    Error($"{f.Length} field(s) where an anchor line has 2: PATIENT_ID<TAB>DATE", lines.Number);
                    continue;
                }

                var patient = f[0].Trim();
                var parsed = PartialDate.Parse(f[1]);
                if (patient.Length == 0)
                {
                    Error("the PATIENT_ID is empty", lines.Number);
                }
                else if (!parsed.Success)
                {
                    Error($"'{f[1].Trim()}' is not a date: {parsed.Message}", lines.Number, f[0].Length + 2);
                }
                else if (DayOnly(parsed.Value, $"leave {patient} out of the anchors (the patient's timeline rows are then listed as not placed and only its molecular data are imported)") is { } coarse)
                {
                    Error($"the anchor of {patient} {coarse}", lines.Number, f[0].Length + 2);
                }
                else if (lineOf.TryGetValue(patient, out var first))
                {
                    Error($"{patient} is given twice (first on line {first})", lines.Number);
                }
                else
                {
                    lineOf[patient] = lines.Number;
                    anchors[patient] = parsed.Value;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.DecoderFallbackException)
        {
            errors.Add(new Diagnostic(ImportErrorCodes.Unreadable, "cannot be read as UTF-8 text: " + ex.Message, new SourceLocation(path, 0, 0, string.Empty)));
        }

        return (anchors.ToImmutable(), errors.ToImmutable());
    }

    /// <summary>
    /// Null when <paramref name="anchor"/> is one day; else why an anchor of timeline days must be
    /// one (a sentence continuing "the anchor ..."), ending with what to do (<paramref name="instead"/>:
    /// how to leave the patient unanchored). A coarser anchor would make each timeline day its own
    /// wide range, so the order of events and every duration would be lost; no day is guessed.
    /// </summary>
    public static string? DayOnly(PartialDate anchor, string instead)
    {
        ArgumentNullException.ThrowIfNull(instead);
        if (anchor.IsExact)
        {
            return null;
        }

        var known = anchor.Precision switch
        {
            DatePrecision.Year => "is known only to the year",
            DatePrecision.Month => "is known only to the month",
            _ => "is a range of days",
        };
        return $"'{anchor}' {known}: an anchor of timeline days must be a full date (YYYY-MM-DD), because every timeline day is an exact offset from it " +
            $"(day N is the anchor plus N days); a coarser anchor would turn each day into its own range and lose the order of events, and no day is guessed. " +
            $"Give the exact day, or {instead}";
    }
}
