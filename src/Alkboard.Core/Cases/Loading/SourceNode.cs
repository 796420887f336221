namespace Alkboard.Core.Cases.Loading;

/// <summary>
/// A located node of a parsed JSON or YAML document. Both formats are read into this one tree so
/// that binding and every error message are the same whichever format a clinician writes.
/// </summary>
/// <remarks>
/// Written here rather than taken from System.Text.Json or YamlDotNet deserialisation because
/// neither reports the line of every value nor collects all type errors of a document in one pass.
/// </remarks>
public abstract record SourceNode(int Line, int Column)
{
    /// <summary>A word for the node's kind, for "expected X, found Y" messages.</summary>
    public abstract string KindName { get; }
}

/// <summary>An object / mapping, keys in document order.</summary>
public sealed record MappingNode(int Line, int Column, IReadOnlyList<MappingEntry> Entries) : SourceNode(Line, Column)
{
    /// <inheritdoc />
    public override string KindName => "an object";
}

/// <summary>One key of a mapping, with the key's own location.</summary>
public sealed record MappingEntry(string Key, int Line, int Column, SourceNode Value);

/// <summary>An array / sequence.</summary>
public sealed record SequenceNode(int Line, int Column, IReadOnlyList<SourceNode> Items) : SourceNode(Line, Column)
{
    /// <inheritdoc />
    public override string KindName => "a list";
}

/// <summary>What a scalar's text means.</summary>
public enum ScalarKind
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>A number, kept as its text so no precision is lost.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>null (JSON null, YAML ~ or null or an empty value).</summary>
    Null,
}

/// <summary>A single value.</summary>
public sealed record ScalarNode(int Line, int Column, ScalarKind Kind, string Text) : SourceNode(Line, Column)
{
    /// <inheritdoc />
    public override string KindName => Kind switch
    {
        ScalarKind.Text => "text",
        ScalarKind.Number => "a number",
        ScalarKind.Boolean => "true/false",
        _ => "null",
    };
}
