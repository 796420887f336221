using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Cases.Loading;

/// <summary>
/// What binding a document needs to share: the file name, the errors found so far, and the
/// location of every field by JSON path (the semantic checks point at fields by path).
/// </summary>
internal sealed class BindingContext(string file, IDrugVocabulary vocabulary)
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    /// <summary>Agents the file marks as outside the vocabulary, by their lower-case written name.</summary>
    private readonly HashSet<string> _outside = new(StringComparer.Ordinal);

    public string File { get; } = file;

    public IDrugVocabulary Vocabulary { get; } = vocabulary;

    /// <summary>
    /// Resolves a written agent name through the vocabulary (a brand name or research code becomes
    /// its generic name). An agent marked outside the vocabulary keeps its written name, lower case;
    /// a later reference (dose change, adverse event) to that name resolves to it. Anything else is
    /// ALK-CASE-034 with the nearest known name: never silently corrected.
    /// </summary>
    public DrugName? ResolveDrug(string? written, SourceLocation location, bool outsideVocabulary = false)
    {
        if (written is null)
        {
            return null;
        }

        var text = written.Trim();
        if (text.Length == 0)
        {
            Error(CaseErrorCodes.MissingField, "the agent name is empty", location);
            return null;
        }

        if (outsideVocabulary)
        {
            var name = text.ToLowerInvariant();
            if (Vocabulary.Resolve(text) is { } known)
            {
                Error(CaseErrorCodes.UnknownAgent, $"'{text}' is in the drug vocabulary (as '{known}'); remove outsideVocabulary", location);
                return null;
            }

            _outside.Add(name);
            return DrugName.Of(name);
        }

        if (Vocabulary.Resolve(text) is { } resolved)
        {
            return resolved;
        }

        if (_outside.Contains(text.ToLowerInvariant()))
        {
            return DrugName.Of(text.ToLowerInvariant());
        }

        var nearest = NearestName.Suggest(text, Vocabulary.Spellings);
        Error(CaseErrorCodes.UnknownAgent,
            $"'{text}' is not in the drug vocabulary of knowledge base {Vocabulary.Release}{(nearest is null ? string.Empty : $"; did you mean '{nearest}'?")} (an agent deliberately outside the vocabulary is written {{ drug: \"{text}\", outsideVocabulary: true }})",
            location);
        return null;
    }

    public List<Diagnostic> Errors { get; } = [];

    public SourceLocation Locate(SourceNode node, string path) => new(File, node.Line, node.Column, path);

    public void Remember(string path, int line, int column) => _locations[path] = new SourceLocation(File, line, column, path);

    /// <summary>The location of a path, or of its nearest enclosing path that was recorded.</summary>
    public SourceLocation LocationOf(string path)
    {
        var probe = path;
        while (true)
        {
            if (_locations.TryGetValue(probe, out var location))
            {
                return location with { Path = path };
            }

            var cut = Math.Max(probe.LastIndexOf('.'), probe.LastIndexOf('['));
            if (cut <= 0)
            {
                return new SourceLocation(File, 1, 1, path);
            }

            probe = probe[..cut];
        }
    }

    public void Error(string code, string message, SourceLocation location) => Errors.Add(new Diagnostic(code, message, location));

    /// <summary>A warning: shown, accepted (issue 12, item 8: where the record may be right).</summary>
    public void Warn(string code, string message, SourceLocation location) => Errors.Add(new Diagnostic(code, message, location, DiagnosticSeverity.Warning));

    public ObjectReader? Object(SourceNode node, string path, IReadOnlyList<string> fields)
    {
        Remember(path, node.Line, node.Column);
        if (node is MappingNode mapping)
        {
            return new ObjectReader(this, mapping, path, fields);
        }

        Error(CaseErrorCodes.WrongType, $"expected an object, found {node.KindName}", Locate(node, path));
        return null;
    }
}
