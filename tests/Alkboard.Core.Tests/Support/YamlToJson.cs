using System.Globalization;
using System.Text.Json.Nodes;
using Alkboard.Core.Cases.Loading;

namespace Alkboard.Core.Tests.Support;

/// <summary>Turns a located source tree into JSON, so YAML case files can be checked against the JSON Schema.</summary>
internal static class YamlToJson
{
    public static JsonNode? Convert(SourceNode node) => node switch
    {
        MappingNode m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key, Convert(e.Value)))),
        SequenceNode s => new JsonArray([.. s.Items.Select(Convert)]),
        ScalarNode { Kind: ScalarKind.Number } n => n.Text.Contains('.', StringComparison.Ordinal) || n.Text.Contains('e', StringComparison.OrdinalIgnoreCase)
            ? JsonValue.Create(double.Parse(n.Text, CultureInfo.InvariantCulture))
            : JsonValue.Create(long.Parse(n.Text, CultureInfo.InvariantCulture)),
        ScalarNode { Kind: ScalarKind.Boolean } b => JsonValue.Create(string.Equals(b.Text, "true", StringComparison.OrdinalIgnoreCase)),
        ScalarNode { Kind: ScalarKind.Null } => null,
        ScalarNode t => JsonValue.Create(t.Text),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
