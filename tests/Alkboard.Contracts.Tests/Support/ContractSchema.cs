using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Alkboard.Core.Cases;

namespace Alkboard.Contracts.Tests.Support;

/// <summary>
/// The JSON Schema of a contract, generated from its DTO and the wire options by System.Text.Json's
/// exporter, made strict: every property required and no other allowed, response categories as
/// their codes.
/// </summary>
internal static class ContractSchema
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Generate(string name, JsonTypeInfo typeInfo)
    {
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = (context, node) => Strict(name, context, node) };
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(typeInfo, exporter);
        return schema.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonNode Strict(string name, JsonSchemaExporterContext context, JsonNode node)
    {
        var type = context.TypeInfo.Type;
        if (type == typeof(ResponseCategory) || type == typeof(ResponseCategory?))
        {
            var nullable = type == typeof(ResponseCategory?) || context.PropertyInfo?.PropertyType == typeof(ResponseCategory?);
            var codes = new JsonArray([.. Enum.GetValues<ResponseCategory>().Select(c => (JsonNode)ResponseCategoryCodes.Code(c))]);
            if (nullable)
            {
                codes.Add(null);
            }

            node = new JsonObject
            {
                ["type"] = nullable ? new JsonArray("string", "null") : "string",
                ["enum"] = codes,
            };
        }

        if (node is JsonObject o && o["properties"] is JsonObject properties)
        {
            o["required"] = new JsonArray([.. properties.Select(p => (JsonNode)p.Key)]);
            o["additionalProperties"] = false;
        }

        if (context.Path.IsEmpty && node is JsonObject root)
        {
            var rebuilt = new JsonObject { ["title"] = name, ["description"] = "Generated from " + type.Name + " (src/Alkboard.Contracts); see docs/contracts.md." };
            foreach (var (key, value) in root.ToList())
            {
                root.Remove(key);
                rebuilt[key] = value;
            }

            return rebuilt;
        }

        return node;
    }
}
