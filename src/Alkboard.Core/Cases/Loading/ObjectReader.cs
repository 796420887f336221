using System.Collections.Immutable;
using System.Globalization;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Cases.Loading;

/// <summary>
/// Typed, located reads of one object of a case file. Every problem is recorded in the
/// <see cref="BindingContext"/> and the read returns null, so one pass finds every error.
/// </summary>
internal sealed class ObjectReader
{
    private readonly BindingContext _context;
    private readonly Dictionary<string, MappingEntry> _entries = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _fields;

    public ObjectReader(BindingContext context, MappingNode node, string path, IReadOnlyList<string> fields)
    {
        _context = context;
        _fields = fields;
        Path = path;
        Node = node;
        foreach (var entry in node.Entries)
        {
            var entryPath = Child(entry.Key);
            if (!fields.Contains(entry.Key))
            {
                var hint = NearestName.Suggest(entry.Key, fields);
                var message = hint is null
                    ? $"unknown field '{entry.Key}'; known fields here: {string.Join(", ", fields)}"
                    : $"unknown field '{entry.Key}'; did you mean '{hint}'?";
                context.Error(CaseErrorCodes.UnknownField, message, new SourceLocation(context.File, entry.Line, entry.Column, entryPath));
                continue;
            }

            if (!_entries.TryAdd(entry.Key, entry))
            {
                context.Error(CaseErrorCodes.DuplicateKey, $"'{entry.Key}' is given twice in this object",
                    new SourceLocation(context.File, entry.Line, entry.Column, entryPath));
                continue;
            }

            context.Remember(entryPath, entry.Value.Line, entry.Value.Column);
        }
    }

    public string Path { get; }

    public MappingNode Node { get; }

    public BindingContext Context => _context;

    public string Child(string field) => $"{Path}.{field}";

    public bool Has(string field) => Value(field) is not null;

    public SourceLocation LocationOf(string field) =>
        _entries.TryGetValue(field, out var entry) ? _context.Locate(entry.Value, Child(field)) : _context.Locate(Node, Child(field));

    public void Missing(string field) =>
        _context.Error(CaseErrorCodes.MissingField, $"'{field}' is required here", _context.Locate(Node, Child(field)));

    public string? String(string field, bool required = false)
    {
        var node = Value(field);
        if (node is null)
        {
            if (required)
            {
                Missing(field);
            }

            return null;
        }

        if (node is ScalarNode { Kind: ScalarKind.Text } scalar)
        {
            if (required && string.IsNullOrWhiteSpace(scalar.Text))
            {
                _context.Error(CaseErrorCodes.MissingField, $"'{field}' is empty", _context.Locate(node, Child(field)));
                return null;
            }

            return scalar.Text.Trim();
        }

        WrongType(field, node, "text");
        return null;
    }

    public int? Int(string field, int min, int max, bool required = false)
    {
        var number = Number(field, required);
        if (number is null)
        {
            return null;
        }

        if (decimal.Truncate(number.Value) != number.Value)
        {
            _context.Error(CaseErrorCodes.WrongType, $"'{field}' must be a whole number, found {number}", LocationOf(field));
            return null;
        }

        return InRange(field, number.Value, min, max) ? (int)number.Value : null;
    }

    public decimal? Decimal(string field, decimal min, decimal max, bool required = false)
    {
        var number = Number(field, required);
        return number is { } n && InRange(field, n, min, max) ? n : null;
    }

    public bool? Bool(string field)
    {
        var node = Value(field);
        if (node is null)
        {
            return null;
        }

        if (node is ScalarNode { Kind: ScalarKind.Boolean } scalar)
        {
            return scalar.Text == "true" || string.Equals(scalar.Text, "true", StringComparison.OrdinalIgnoreCase);
        }

        WrongType(field, node, "true or false");
        return null;
    }

    public PartialDate? Date(string field, bool required = false)
    {
        var node = Value(field);
        if (node is null)
        {
            if (required)
            {
                Missing(field);
            }

            return null;
        }

        if (node is not ScalarNode { Kind: ScalarKind.Text or ScalarKind.Number } scalar)
        {
            WrongType(field, node, "a date (YYYY, YYYY-MM, YYYY-MM-DD or A/B)");
            return null;
        }

        var parsed = PartialDate.Parse(scalar.Text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        _context.Error(parsed.Code, parsed.Message, LocationOf(field));
        return null;
    }

    public TEnum? Choice<TEnum>(string field, bool required = false) where TEnum : struct, Enum =>
        Choice(field, CaseWords.All<TEnum>(), CaseWords.Parse<TEnum>, required);

    public T? Choice<T>(string field, IReadOnlyList<string> words, Func<string, T?> parse, bool required = false) where T : struct
    {
        var text = String(field, required);
        if (text is null)
        {
            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            var hint = NearestName.Suggest(text, words);
            var message = $"'{text}' is not allowed for '{field}'; expected one of: {string.Join(", ", words)}"
                + (hint is null ? string.Empty : $" (did you mean '{hint}'?)");
            _context.Error(CaseErrorCodes.InvalidChoice, message, LocationOf(field));
        }

        return value;
    }

    /// <summary>The items of a list field, each with its path; empty when absent or not a list.</summary>
    public IReadOnlyList<(SourceNode Node, string Path)> List(string field, bool required = false)
    {
        var node = Value(field);
        if (node is null)
        {
            if (required)
            {
                Missing(field);
            }

            return [];
        }

        if (node is SequenceNode sequence)
        {
            if (required && sequence.Items.Count == 0)
            {
                _context.Error(CaseErrorCodes.MissingField, $"'{field}' needs at least one item", LocationOf(field));
            }

            return [.. sequence.Items.Select((item, i) => (item, $"{Child(field)}[{i}]"))];
        }

        WrongType(field, node, "a list");
        return [];
    }

    public ImmutableArray<string> Strings(string field, bool required = false)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var (item, path) in List(field, required))
        {
            _context.Remember(path, item.Line, item.Column);
            if (item is ScalarNode { Kind: ScalarKind.Text } scalar && !string.IsNullOrWhiteSpace(scalar.Text))
            {
                builder.Add(scalar.Text.Trim());
            }
            else
            {
                _context.Error(CaseErrorCodes.WrongType, $"expected text, found {item.KindName}", _context.Locate(item, path));
            }
        }

        return builder.ToImmutable();
    }

    public ObjectReader? Object(string field, IReadOnlyList<string> fields, bool required = false)
    {
        var node = Value(field);
        if (node is null)
        {
            if (required)
            {
                Missing(field);
            }

            return null;
        }

        return _context.Object(node, Child(field), fields);
    }

    private SourceNode? Value(string field)
    {
        if (!_fields.Contains(field))
        {
            throw new ArgumentException($"'{field}' is not declared for {Path}", nameof(field));
        }

        return _entries.TryGetValue(field, out var entry) && entry.Value is not ScalarNode { Kind: ScalarKind.Null } ? entry.Value : null;
    }

    private decimal? Number(string field, bool required)
    {
        var node = Value(field);
        if (node is null)
        {
            if (required)
            {
                Missing(field);
            }

            return null;
        }

        if (node is ScalarNode { Kind: ScalarKind.Number } scalar
            && decimal.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        WrongType(field, node, "a number");
        return null;
    }

    private bool InRange(string field, decimal value, decimal min, decimal max)
    {
        if (value >= min && value <= max)
        {
            return true;
        }

        _context.Error(CaseErrorCodes.OutOfRange,
            string.Create(CultureInfo.InvariantCulture, $"'{field}' is {value}; allowed {min}–{max}"), LocationOf(field));
        return false;
    }

    private void WrongType(string field, SourceNode node, string expected) =>
        _context.Error(CaseErrorCodes.WrongType, $"'{field}' must be {expected}, found {node.KindName}", _context.Locate(node, Child(field)));
}
