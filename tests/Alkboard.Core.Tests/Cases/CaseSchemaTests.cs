using System.Text.Json.Nodes;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Tests.Support;
using NJsonSchema;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Tests.Cases;

/// <summary>docs/case.schema.json describes exactly the format the loader reads.</summary>
public class CaseSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Docs, "case.schema.json")).GetAwaiter().GetResult());

    public static TheoryData<string> Examples => [.. RepoPaths.ExampleCases().Select(f => Path.GetFileName(f)!)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_validates_against_the_published_schema(string name)
    {
        var path = Path.Combine(RepoPaths.Examples, name);
        var errors = new List<Diagnostic>();
        var tree = name.EndsWith(".json", StringComparison.Ordinal)
            ? JsonSourceReader.Read(File.ReadAllBytes(path), name, errors)
            : YamlSourceReader.Read(File.ReadAllText(path), name, errors);
        errors.ShouldBeEmpty();

        var json = YamlToJson.Convert(tree)!.ToJsonString();

        Schema.Value.Validate(json).Select(e => e.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public void The_schema_rejects_an_unknown_field_as_the_loader_does()
    {
        Schema.Value.Validate("""{"schemaVersion":1,"source":{"citation":"x","synthetic":true},"patient":{"id":"p","sex":"male","sexx":"f"},"diagnoses":[{"histology":"imt"}]}""")
            .ShouldNotBeEmpty();
    }

    public static TheoryData<string, string[]> ObjectFields => new()
    {
        { "#", [.. CaseFields.Root] },
        { "#/properties/source", [.. CaseFields.Source] },
        { "#/properties/patient", [.. CaseFields.Patient] },
        { "#/properties/diagnoses/items", [.. CaseFields.Diagnosis] },
        { "#/properties/molecularTests/items", [.. CaseFields.MolecularTest] },
        { "#/properties/molecularTests/items/properties/specimen", [.. CaseFields.Specimen] },
        { "#/properties/therapyLines/items", [.. CaseFields.TherapyLine] },
        { "#/properties/therapyLines/items/properties/agents/items", [.. CaseFields.Agent] },
        { "#/$defs/dose", [.. CaseFields.Dose] },
        { "#/properties/therapyLines/items/properties/doseChanges/items", [.. CaseFields.DoseChange] },
        { "#/properties/localTherapies/items", [.. CaseFields.LocalTherapy] },
        { "#/properties/lesions/items", [.. CaseFields.Lesion] },
        { "#/properties/assessments/items", [.. CaseFields.Assessment] },
        { "#/properties/assessments/items/properties/observations/items", [.. CaseFields.Observation] },
        { "#/properties/adverseEvents/items", [.. CaseFields.AdverseEvent] },
        { "#/properties/outcome", [.. CaseFields.Outcome] },
        { "#/properties/patientStatus/items", [.. CaseFields.PatientStatus] },
        { "#/properties/medications/items", [.. CaseFields.Medication] },
        { "#/properties/refusals/items", [.. CaseFields.Refusal] },
        { "#/$defs/provenance", [.. CaseFields.Provenance] },
    };

    [Theory]
    [MemberData(nameof(ObjectFields))]
    public void Schema_and_loader_declare_the_same_fields(string schemaPath, string[] fields)
    {
        var node = Resolve(schemaPath);

        node["properties"]!.AsObject().Select(p => p.Key).ShouldBe(fields, ignoreOrder: true);
        node["additionalProperties"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public void Schema_and_loader_declare_the_same_result_kinds_and_fields()
    {
        var kinds = Resolve("#/properties/molecularTests/items/properties/results/items")["oneOf"]!.AsArray();

        kinds.Select(k => k!["properties"]!["kind"]!["const"]!.GetValue<string>()).ShouldBe(CaseFields.Results.Keys, ignoreOrder: true);
        foreach (var kind in kinds)
        {
            var name = kind!["properties"]!["kind"]!["const"]!.GetValue<string>();
            kind["properties"]!.AsObject().Select(p => p.Key).ShouldBe(CaseFields.Results[name], ignoreOrder: true);
        }
    }

    private static JsonNode Resolve(string schemaPath)
    {
        JsonNode node = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Docs, "case.schema.json")))!;
        foreach (var part in schemaPath.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node[part]!;
        }

        return node;
    }
}
