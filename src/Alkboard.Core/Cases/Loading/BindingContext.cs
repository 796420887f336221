namespace Alkboard.Core.Cases.Loading;

/// <summary>
/// What binding a document needs to share: the file name, the errors found so far, and the
/// location of every field by JSON path (the semantic checks point at fields by path).
/// </summary>
internal sealed class BindingContext(string file)
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    public string File { get; } = file;

    public List<CaseDiagnostic> Errors { get; } = [];

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

    public void Error(string code, string message, SourceLocation location) => Errors.Add(new CaseDiagnostic(code, message, location));

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
