using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Cases.Loading;

/// <summary>
/// Reads YAML text into a located <see cref="SourceNode"/> tree with YamlDotNet's representation
/// model. Plain scalars are typed by the YAML 1.2 core schema (null, booleans, numbers); quoted
/// scalars are always text. Anchors and aliases are refused: a case file is plain data.
/// </summary>
internal static partial class YamlSourceReader
{
    public static SourceNode Read(string text, string file, List<Diagnostic> errors)
    {
        var stream = new YamlStream();
        try
        {
            // A first pass over the parser's events enforces the limits before any tree is built:
            // aliases are refused (a 352-byte "billion laughs" file would otherwise expand without bound,
            // and a self-referencing alias recurse until the stack overflows).
            if (Violation(text, file) is { } violation)
            {
                errors.Add(violation);
                return new ScalarNode(1, 1, ScalarKind.Null, string.Empty);
            }

            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var message = Clean(ex);
            var duplicate = message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase);
            errors.Add(new(duplicate ? CaseErrorCodes.DuplicateKey : CaseErrorCodes.Syntax,
                duplicate ? "the same key is given twice in one object" : "malformed YAML: " + message,
                new(file, (int)ex.Start.Line, (int)ex.Start.Column, "$")));
            return new ScalarNode(1, 1, ScalarKind.Null, string.Empty);
        }
        catch (ArgumentException)
        {
            // YamlDotNet throws this instead of a YamlException on some malformed input its parser
            // lets through (found by afl-fuzz: "a:b:\n  : 1-s &B", a tag such as "!!]c]c"); it
            // carries no position, so the error names the file only.
            errors.Add(new(CaseErrorCodes.Syntax, "malformed YAML: an object, list or tag cannot be read",
                new(file, 1, 1, "$")));
            return new ScalarNode(1, 1, ScalarKind.Null, string.Empty);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some truncated flow
            // collections; it carries no position, so the error names the file only.
            errors.Add(new(CaseErrorCodes.Syntax, "malformed YAML: the document ends inside an unclosed [list] or {object}, or a quote is not closed",
                new(file, 1, 1, "$")));
            return new ScalarNode(1, 1, ScalarKind.Null, string.Empty);
        }

        if (stream.Documents.Count == 0)
        {
            errors.Add(new(CaseErrorCodes.EmptyFile, "the file holds no YAML document", new(file, 1, 1, "$")));
            return new ScalarNode(1, 1, ScalarKind.Null, string.Empty);
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            errors.Add(new(CaseErrorCodes.Syntax, "a case file holds one YAML document; found a second one",
                new(file, (int)second.Start.Line, (int)second.Start.Column, "$")));
        }

        return Convert(stream.Documents[0].RootNode);
    }

    private static readonly YamlBounds Bounds = new(CaseLimits.MaxDepth, CaseLimits.MaxValues, CaseLimits.MaxStringLength);

    private static Diagnostic? Violation(string text, string file)
    {
        if (Bounds.FirstViolation(text) is not { } v)
        {
            return null;
        }

        var at = new SourceLocation(file, v.Line, v.Column, "$");
        return v.Breach switch
        {
            YamlBreach.Alias => new(CaseErrorCodes.YamlAlias, "YAML aliases (*name) are not accepted in case files: write the value out", at),
            YamlBreach.Anchor => new(CaseErrorCodes.YamlAlias, "YAML anchors (&name) are not accepted in case files: write the value out", at),
            YamlBreach.TooDeep => new(CaseErrorCodes.TooDeep, v.Message, at),
            YamlBreach.StringTooLong => new(CaseErrorCodes.StringTooLong, v.Message, at),
            YamlBreach.TooManyValues => new(CaseErrorCodes.TooManyValues, $"more than {CaseLimits.MaxValues} values: this is not a case history", at),
            _ => throw new ArgumentOutOfRangeException(nameof(text), v.Breach, "unknown YAML breach"),
        };
    }

    private static SourceNode Convert(YamlNode node)
    {
        var line = (int)node.Start.Line;
        var column = (int)node.Start.Column;
        switch (node)
        {
            case YamlMappingNode mapping:
                var entries = new List<MappingEntry>(mapping.Children.Count);
                foreach (var (key, value) in mapping.Children)
                {
                    var keyText = key is YamlScalarNode scalarKey ? scalarKey.Value ?? string.Empty : key.ToString();
                    entries.Add(new MappingEntry(keyText, (int)key.Start.Line, (int)key.Start.Column, Convert(value)));
                }

                return new MappingNode(line, column, entries);
            case YamlSequenceNode sequence:
                return new SequenceNode(line, column, [.. sequence.Children.Select(Convert)]);
            case YamlScalarNode scalar:
                return new ScalarNode(line, column, Classify(scalar), scalar.Value ?? string.Empty);
            default:
                return new ScalarNode(line, column, ScalarKind.Null, string.Empty);
        }
    }

    private static ScalarKind Classify(YamlScalarNode scalar)
    {
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return ScalarKind.Text;
        }

        var value = scalar.Value ?? string.Empty;
        if (value.Length == 0 || value is "~" or "null" or "Null" or "NULL")
        {
            return ScalarKind.Null;
        }

        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return ScalarKind.Boolean;
        }

        return NumberPattern().IsMatch(value) ? ScalarKind.Number : ScalarKind.Text;
    }

    private static string Clean(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        return (paren >= 0 && message.StartsWith('(') ? message[(paren + 3)..] : message).Trim();
    }

    [GeneratedRegex(@"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")]
    private static partial Regex NumberPattern();
}
