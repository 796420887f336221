using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Alkboard.Contracts.Tests.Support;
using NJsonSchema;

namespace Alkboard.Contracts.Tests;

/// <summary>Each JSON contract has a committed schema (docs/contracts/NAME.schema.json) that real output meets and docs/ agree with.</summary>
public partial class ContractSchemaTests
{
    private static string SchemaFile(string name) => Path.Combine(RepoPaths.Schemas, name + ".schema.json");

    [Theory]
    [MemberData(nameof(Contracts.Names), MemberType = typeof(Contracts))]
    public void The_committed_schema_is_the_one_generated_from_the_contract(string name)
    {
        var contract = Contracts.Named(name);
        var generated = ContractSchema.Generate(name, contract.TypeInfo);
        var file = SchemaFile(name);
        if (Environment.GetEnvironmentVariable("ALKBOARD_ACCEPT_SCHEMAS") == "1")
        {
            Directory.CreateDirectory(RepoPaths.Schemas);
            File.WriteAllText(file, generated);
        }

        File.Exists(file).ShouldBeTrue($"{file} is missing; generate it with ALKBOARD_ACCEPT_SCHEMAS=1 and review it");
        File.ReadAllText(file).ReplaceLineEndings("\n").ShouldBe(generated, $"{file} differs from {contract.TypeInfo.Type.Name}: a contract changed; if intended, regenerate with ALKBOARD_ACCEPT_SCHEMAS=1 and list the change in the commit");
    }

    [Theory]
    [MemberData(nameof(Contracts.Names), MemberType = typeof(Contracts))]
    public async Task Real_output_meets_the_committed_schema(string name)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaFile(name), TestContext.Current.CancellationToken);
        var examples = Contracts.Named(name).Examples().ToList();

        examples.ShouldNotBeEmpty();
        foreach (var json in examples)
        {
            schema.Validate(json).Select(e => $"{e.Path}: {e.Kind}").ShouldBeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(Contracts.Names), MemberType = typeof(Contracts))]
    public async Task The_schema_rejects_a_renamed_field(string name)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaFile(name), TestContext.Current.CancellationToken);
        var json = Contracts.Named(name).Examples().First();
        var node = JsonNode.Parse(json)!;
        var target = node is JsonArray array ? (JsonObject)array[0]! : (JsonObject)node;
        var first = target.First().Key;
        var value = target[first]?.DeepClone();
        target.Remove(first);
        target[first + "Renamed"] = value;

        schema.Validate(node.ToJsonString()).ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Contracts.Names), MemberType = typeof(Contracts))]
    public void Every_field_the_docs_show_is_in_the_contract(string name)
    {
        var doc = Contracts.Named(name).Doc.ShouldNotBeNull($"{name} has no description in docs/");
        var documented = DocumentedFields(doc);
        var contract = PropertyNames(JsonNode.Parse(File.ReadAllText(SchemaFile(name)))!, doc.DocumentedElsewhere ?? []);

        documented.ShouldNotBeEmpty();
        documented.Where(f => !contract.Contains(f)).Order(StringComparer.Ordinal).ShouldBeEmpty($"docs/{doc.File} names fields the {name} contract does not have");
    }

    [Theory]
    [MemberData(nameof(Contracts.Names), MemberType = typeof(Contracts))]
    public void Every_field_of_the_contract_is_in_the_docs(string name)
    {
        var doc = Contracts.Named(name).Doc.ShouldNotBeNull($"{name} has no description in docs/");
        var documented = DocumentedFields(doc);
        var contract = PropertyNames(JsonNode.Parse(File.ReadAllText(SchemaFile(name)))!, doc.DocumentedElsewhere ?? []);

        contract.Where(f => !documented.Contains(f)).Order(StringComparer.Ordinal).ShouldBeEmpty($"the {name} contract has fields docs/{doc.File} does not show");
    }

    /// <summary>Field names in the JSON example (quoted keys) or the field table (backticked names) right after the marker.</summary>
    private static HashSet<string> DocumentedFields(DocSection doc)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Docs, doc.File)).ReplaceLineEndings("\n");
        var at = text.IndexOf(doc.Marker, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"docs/{doc.File} has no '{doc.Marker}'");
        var lines = text[at..].Split('\n').Skip(1).SkipWhile(l => !l.StartsWith('|') && !l.StartsWith("```", StringComparison.Ordinal)).ToList();
        if (lines[0].StartsWith('|'))
        {
            return [.. lines.TakeWhile(l => l.StartsWith('|')).Skip(2).SelectMany(r => TableField().Matches(r).Select(m => m.Groups[1].Value))];
        }

        var block = string.Join('\n', lines.Skip(1).TakeWhile(l => !l.StartsWith("```", StringComparison.Ordinal)));
        foreach (var map in doc.Maps ?? [])
        {
            block = Regex.Replace(block, "\"" + map + "\"\\s*:\\s*\\{[^}]*\\}", "\"" + map + "\": {}");
        }

        return [.. FieldName().Matches(block).Select(m => m.Groups[1].Value)];
    }

    /// <summary>Every property name in the schema, not descending into the properties another page documents.</summary>
    private static HashSet<string> PropertyNames(JsonNode schema, IReadOnlyList<string> elsewhere)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, child) in o)
                    {
                        if (key == "properties" && child is JsonObject properties)
                        {
                            foreach (var (property, schemaOfProperty) in properties)
                            {
                                names.Add(property);
                                if (!elsewhere.Contains(property))
                                {
                                    Walk(schemaOfProperty);
                                }
                            }
                        }
                        else
                        {
                            Walk(child);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        Walk(child);
                    }

                    break;
                default:
                    break;
            }
        }

        Walk(schema);
        return names;
    }

    [GeneratedRegex(@"`([A-Za-z][A-Za-z0-9]*)(?:\[\])?`")]
    private static partial Regex TableField();

    [GeneratedRegex("\"([A-Za-z][A-Za-z0-9]*)\"\\s*:")]
    private static partial Regex FieldName();
}
