using System.Text;
using System.Text.Json;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Cases.Loading;

/// <summary>Reads JSON bytes into a located <see cref="SourceNode"/> tree with System.Text.Json's reader.</summary>
internal static class JsonSourceReader
{
    public static SourceNode Read(ReadOnlySpan<byte> utf8, string file, List<Diagnostic> errors)
    {
        var lineStarts = LineIndex.Build(utf8);
        var options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false, MaxDepth = CaseLimits.MaxDepth };
        var reader = new Utf8JsonReader(utf8, options);
        try
        {
            if (!reader.Read())
            {
                errors.Add(new(CaseErrorCodes.EmptyFile, "the file holds no JSON value", new(file, 1, 1, "$")));
                return new ScalarNode(1, 1, ScalarKind.Null, string.Empty);
            }

            var root = ReadValue(ref reader, lineStarts);
            if (reader.Read())
            {
                var (line, column) = LineIndex.Locate(lineStarts, reader.TokenStartIndex);
                errors.Add(new(CaseErrorCodes.Syntax, "unexpected content after the end of the JSON document", new(file, line, column, "$")));
            }

            var values = 0;
            if (Limit(root, file, ref values) is { } violation)
            {
                errors.Add(violation);
                return new ScalarNode(1, 1, ScalarKind.Null, string.Empty);
            }

            return root;
        }
        catch (JsonException ex) when (ex.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            errors.Add(new(CaseErrorCodes.TooDeep, $"objects and lists are nested more than {CaseLimits.MaxDepth} levels deep",
                new(file, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, "$")));
            return new ScalarNode(1, 1, ScalarKind.Null, string.Empty);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            errors.Add(new(CaseErrorCodes.Syntax, "malformed JSON: " + FirstSentence(ex.Message), new(file, line, column, "$")));
            return new ScalarNode(1, 1, ScalarKind.Null, string.Empty);
        }
    }

    /// <summary>The value count and string length limits (the reader already bounds the depth); the file size bounds this walk.</summary>
    private static Diagnostic? Limit(SourceNode node, string file, ref int values)
    {
        values++;
        if (values > CaseLimits.MaxValues)
        {
            return new(CaseErrorCodes.TooManyValues, $"more than {CaseLimits.MaxValues} values: this is not a case history", new(file, node.Line, node.Column, "$"));
        }

        switch (node)
        {
            case ScalarNode { Text.Length: > CaseLimits.MaxStringLength } s:
                return new(CaseErrorCodes.StringTooLong, $"a string of {s.Text.Length} characters; at most {CaseLimits.MaxStringLength} are accepted", new(file, node.Line, node.Column, "$"));
            case MappingNode m:
                foreach (var entry in m.Entries)
                {
                    if (Limit(entry.Value, file, ref values) is { } v)
                    {
                        return v;
                    }
                }

                break;
            case SequenceNode q:
                foreach (var item in q.Items)
                {
                    if (Limit(item, file, ref values) is { } v)
                    {
                        return v;
                    }
                }

                break;
            default:
                break;
        }

        return null;
    }

    private static SourceNode ReadValue(ref Utf8JsonReader reader, int[] lineStarts)
    {
        var (line, column) = LineIndex.Locate(lineStarts, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<MappingEntry>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (keyLine, keyColumn) = LineIndex.Locate(lineStarts, reader.TokenStartIndex);
                    var key = reader.GetString() ?? string.Empty;
                    reader.Read();
                    entries.Add(new MappingEntry(key, keyLine, keyColumn, ReadValue(ref reader, lineStarts)));
                }

                return new MappingNode(line, column, entries);
            case JsonTokenType.StartArray:
                var items = new List<SourceNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lineStarts));
                }

                return new SequenceNode(line, column, items);
            case JsonTokenType.String:
                return new ScalarNode(line, column, ScalarKind.Text, reader.GetString() ?? string.Empty);
            case JsonTokenType.Number:
                return new ScalarNode(line, column, ScalarKind.Number, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return new ScalarNode(line, column, ScalarKind.Boolean, "true");
            case JsonTokenType.False:
                return new ScalarNode(line, column, ScalarKind.Boolean, "false");
            default:
                return new ScalarNode(line, column, ScalarKind.Null, string.Empty);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].Trim() : message.Trim();
    }
}
