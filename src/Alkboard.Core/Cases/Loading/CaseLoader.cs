using System.Text;
using System.Text.Unicode;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Cases.Loading;

/// <summary>
/// Loads case files (JSON, or YAML with the same schema). A file is accepted whole or rejected
/// with every error found: file problems, syntax, structure, then meaning.
/// </summary>
public static class CaseLoader
{
    /// <summary>The largest case file accepted: 5 MB, far above any real case history.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>Reads and checks a case file from disk; every agent must resolve through <paramref name="vocabulary"/>.</summary>
    public static CaseLoadResult LoadFile(string path, IDrugVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var display = path;
        var format = FormatOf(path);
        if (format is null)
        {
            return Fail(display, CaseErrorCodes.UnsupportedFormat, $"'{Path.GetExtension(path)}' is not a case file extension; use .json, .yaml or .yml");
        }

        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(display, CaseErrorCodes.FileNotFound, Directory.Exists(path) ? "is a directory, not a case file" : "no such file");
            }

            if (info.Length > MaxFileBytes)
            {
                return Fail(display, CaseErrorCodes.FileTooLarge, $"the file is {info.Length / (1024.0 * 1024.0):0.0} MB; a case file may be at most {MaxFileBytes / (1024 * 1024)} MB");
            }

            return LoadBytes(File.ReadAllBytes(path), display, format.Value, vocabulary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(display, CaseErrorCodes.FileNotFound, "cannot be read: " + ex.Message);
        }
    }

    /// <summary>Checks case content already in memory; <paramref name="file"/> names it in errors.</summary>
    public static CaseLoadResult LoadBytes(ReadOnlySpan<byte> content, string file, CaseFileFormat format, IDrugVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        if (content.Length > MaxFileBytes)
        {
            return Fail(file, CaseErrorCodes.FileTooLarge, $"the content is larger than {MaxFileBytes / (1024 * 1024)} MB");
        }

        if (content.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[Encoding.UTF8.Preamble.Length..];
        }

        if (content.IndexOf((byte)0) >= 0 || !Utf8.IsValid(content))
        {
            return Fail(file, CaseErrorCodes.NotText, "the file is not UTF-8 text (binary content)");
        }

        var text = Encoding.UTF8.GetString(content);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(file, CaseErrorCodes.EmptyFile, "the file is empty");
        }

        var context = new BindingContext(file, vocabulary);
        var root = format == CaseFileFormat.Json
            ? JsonSourceReader.Read(content, file, context.Errors)
            : YamlSourceReader.Read(text, file, context.Errors);
        if (context.Errors.Any(e => e.IsError))
        {
            return new CaseLoadResult(file, null, context.Errors);
        }

        if (root is ScalarNode { Kind: ScalarKind.Null })
        {
            return Fail(file, CaseErrorCodes.EmptyFile, "the file holds no case (only comments or an empty document)");
        }

        var (patientCase, paths) = CaseBinder.Bind(root, context);
        if (patientCase is not null)
        {
            CaseValidator.Validate(patientCase, paths, context);
        }

        var errors = context.Errors.OrderBy(e => e.Location.Line).ThenBy(e => e.Location.Column).ToList();
        return new CaseLoadResult(file, errors.Any(e => e.IsError) ? null : patientCase, errors);
    }

    /// <summary>The format an extension names, or null.</summary>
    public static CaseFileFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => CaseFileFormat.Json,
        ".yaml" or ".yml" => CaseFileFormat.Yaml,
        _ => null,
    };

    private static CaseLoadResult Fail(string file, string code, string message) =>
        new(file, null, [new Diagnostic(code, message, new SourceLocation(file, 0, 0, "$"))]);
}
