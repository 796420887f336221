using System.Collections.Immutable;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Import.Cbioportal;

/// <summary>
/// One cBioPortal meta file: <c>key: value</c> lines (split on the first colon), with the line of
/// each key for located errors. Written here: the format is one key and value per line, which
/// needs no library (it is not YAML: values are never quoted or nested).
/// </summary>
internal sealed record MetaFile(string Path, ImmutableDictionary<string, (string Value, int Line)> Entries)
{
    /// <summary>Meta files are a few lines; a larger one is not a meta file.</summary>
    public const int MaxBytes = 1 << 20;

    public string Name => System.IO.Path.GetFileName(Path);

    public string? this[string key] => Entries.TryGetValue(key, out var e) && e.Value.Length > 0 ? e.Value : null;

    public int LineOf(string key) => Entries.TryGetValue(key, out var e) ? e.Line : 0;

    /// <summary>Reads a meta file; every malformed line is an error in <paramref name="errors"/>.</summary>
    public static MetaFile? Read(string path, List<Diagnostic> errors)
    {
        var entries = ImmutableDictionary.CreateBuilder<string, (string, int)>(StringComparer.Ordinal);
        try
        {
            if (new FileInfo(path).Length > MaxBytes)
            {
                errors.Add(Error(path, 0, $"is larger than {MaxBytes / (1 << 20)} MB: not a cBioPortal meta file"));
                return null;
            }

            using var lines = LabFileLines.Open(path);
            while (lines.Next() is { } line)
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    errors.Add(Error(path, lines.Number, $"'{Shown(line)}' is not a 'key: value' line"));
                    continue;
                }

                var key = line[..colon].Trim();
                if (entries.TryGetValue(key, out var first))
                {
                    errors.Add(Error(path, lines.Number, $"'{key}' is given twice (first on line {first.Item2})"));
                    continue;
                }

                entries[key] = (line[(colon + 1)..].Trim(), lines.Number);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.DecoderFallbackException)
        {
            errors.Add(new Diagnostic(ex is IOException or UnauthorizedAccessException ? ImportErrorCodes.FileNotFound : ImportErrorCodes.Unreadable,
                ex is System.Text.DecoderFallbackException ? "the file is not UTF-8 text" : "cannot be read: " + ex.Message, new SourceLocation(path, 0, 0, string.Empty)));
            return null;
        }

        return new MetaFile(path, entries.ToImmutable());
    }

    private static string Shown(string line) => line.Length > 60 ? line[..60] + "…" : line;

    private static Diagnostic Error(string path, int line, string message) =>
        new(ImportErrorCodes.StudyMeta, message, new SourceLocation(path, line, line > 0 ? 1 : 0, string.Empty));
}
