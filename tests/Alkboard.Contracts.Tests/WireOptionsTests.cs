using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alkboard.Contracts.Recist;

namespace Alkboard.Contracts.Tests;

/// <summary>The context writes as the CLI always has: camelCase, indented, nulls kept, readable characters unescaped, declared wire names.</summary>
public class WireOptionsTests
{
    [Fact]
    public void The_wire_options_are_the_documented_style()
    {
        var options = AlkboardJsonContext.Wire.Options;

        options.PropertyNamingPolicy.ShouldBe(JsonNamingPolicy.CamelCase);
        options.WriteIndented.ShouldBeTrue();
        options.DefaultIgnoreCondition.ShouldBe(JsonIgnoreCondition.Never);
        options.Encoder.ShouldBe(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    }

    [Fact]
    public void Progression_free_survival_is_written_as_pfs_and_nulls_are_kept()
    {
        var endpoint = new EndpointJson(1.5, 1, 2, false, "2020-01", "2020-03", "1–2 months (censored)");
        var line = new LineResponseJson(1, ["alectinib"], null, null, "ongoing", null, null, null, [], Core.Cases.ResponseCategory.NonCRNonPD, null, null, null, null, endpoint, null, [], []);

        var json = AlkboardJson.Serialize(line);

        json.ShouldContain("\"pfs\": {");
        json.ShouldContain("\"start\": null");
        json.ShouldContain("\"bestOverallResponse\": \"NonCR/NonPD\"");
        json.ShouldContain("1–2 months");
    }

    [Fact]
    public void A_type_the_context_does_not_declare_is_refused()
    {
        Should.Throw<InvalidOperationException>(() => AlkboardJson.Serialize(new Uri("https://example.org")));
    }
}
