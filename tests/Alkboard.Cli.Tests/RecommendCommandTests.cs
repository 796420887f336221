using System.Text.Json;
using Alkboard.Cli.Tests.Support;

namespace Alkboard.Cli.Tests;

public class RecommendCommandTests
{
    /// <summary>The decision points of the validation table (docs/validation.md).</summary>
    public static TheoryData<string, string, string[]> DecisionPoints => new()
    {
        { "seed-000-p1.after-line-2", "examples/cases/seed-000-p1-ranbp2-alk-imt.yaml", ["--after-line", "2"] },
        { "seed-000-p1.after-line-3", "examples/cases/seed-000-p1-ranbp2-alk-imt.yaml", ["--after-line", "3"] },
        { "seed-000-p2", "examples/cases/seed-000-p2-alk-negative-imt.yaml", [] },
        { "seed-001-p1.after-line-1", "examples/cases/seed-001-p1-rrbp1-alk-imt.json", ["--after-line", "1"] },
        { "seed-001-p1.after-line-2", "examples/cases/seed-001-p1-rrbp1-alk-imt.json", ["--after-line", "2", "--jurisdiction", "US"] },
        { "seed-001-p2.after-line-1", "examples/cases/seed-001-p2-tns1-alk-imt.yaml", ["--after-line", "1"] },
        { "seed-001-p2.after-line-2", "examples/cases/seed-001-p2-tns1-alk-imt.yaml", ["--after-line", "2"] },
        { "seed-003.after-line-2", "examples/cases/seed-003-cars1-alk-imt.yaml", ["--after-line", "2", "--jurisdiction", "KR"] },
        { "seed-003.latest", "examples/cases/seed-003-cars1-alk-imt.yaml", ["--jurisdiction", "KR"] },
        { "seed-004.after-line-4", "examples/cases/seed-004-musculoskeletal-imt-sequential-tki.yaml", ["--after-line", "4", "--jurisdiction", "EU"] },
        { "seed-004.2014-12", "examples/cases/seed-004-musculoskeletal-imt-sequential-tki.yaml", ["--as-of", "2014-12", "--jurisdiction", "EU"] },
        { "seed-004.2016-08", "examples/cases/seed-004-musculoskeletal-imt-sequential-tki.yaml", ["--as-of", "2016-08", "--jurisdiction", "EU"] },
        { "seed-004.after-line-5", "examples/cases/seed-004-musculoskeletal-imt-sequential-tki.yaml", ["--after-line", "5", "--jurisdiction", "EU"] },
        { "seed-004.after-line-6", "examples/cases/seed-004-musculoskeletal-imt-sequential-tki.yaml", ["--after-line", "6"] },
        { "seed-004.after-line-7", "examples/cases/seed-004-musculoskeletal-imt-sequential-tki.yaml", ["--after-line", "7"] },
        { "seed-004.after-line-8", "examples/cases/seed-004-musculoskeletal-imt-sequential-tki.yaml", ["--after-line", "8"] },
    };

    [Theory]
    [MemberData(nameof(DecisionPoints))]
    public void Markdown_and_json_reports_match_their_snapshots_and_are_byte_identical_across_runs(string name, string file, string[] options)
    {
        var md = AlkboardCli.Run(["recommend", file, .. options]);
        var again = AlkboardCli.Run(["recommend", file, .. options]);
        var json = AlkboardCli.Run(["recommend", file, .. options, "--format", "json"]);

        md.ExitCode.ShouldBe(ExitCodes.Ok, md.Error);
        again.Out.ShouldBe(md.Out);
        Snapshot.Match($"recommend.{name}.md", md.Out);
        Snapshot.Match($"recommend.{name}.json", json.Out);
    }

    [Fact]
    public void Html_is_one_self_contained_printable_page()
    {
        var (code, html, _) = AlkboardCli.Run("recommend", "examples/cases/seed-001-p1-rrbp1-alk-imt.json", "--after-line", "2", "--format", "html");

        code.ShouldBe(ExitCodes.Ok);
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("@media print");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<link", Case.Insensitive);
        html.ShouldNotContain(" src=", Case.Insensitive);
        html.ShouldContain("Decision support only");
        Snapshot.Match("recommend.seed-001-p1.after-line-2.html", html);
    }

    [Fact]
    public void Json_follows_the_documented_contract()
    {
        var (_, stdout, _) = AlkboardCli.Run("recommend", "examples/cases/seed-001-p1-rrbp1-alk-imt.json", "--after-line", "2", "-f", "json");

        var root = JsonDocument.Parse(stdout).RootElement;
        root.GetProperty("decisionPoint").GetString().ShouldBe("systemic_progression");
        root.GetProperty("asOf").GetString().ShouldBe("after line 2");
        root.GetProperty("knowledgeBase").GetProperty("release").GetString().ShouldBe("2026.12.1");
        root.GetProperty("inputHash").GetString()!.Length.ShouldBe(64);
        var first = root.GetProperty("options")[0];
        first.GetProperty("rank").GetInt32().ShouldBe(1);
        first.GetProperty("kind").GetString().ShouldBe("drug");
        first.GetProperty("drugs")[0].GetString().ShouldBe("ceritinib");
        first.GetProperty("level").GetString().ShouldBe("3A");
        first.GetProperty("factors")[0].GetProperty("name").GetString().ShouldBe("evidence level");
        first.GetProperty("citations").GetArrayLength().ShouldBeGreaterThan(0);
        root.GetProperty("attributions")[0].GetProperty("alteration").GetString().ShouldBe("ALK p.L1196Q");
        root.GetProperty("testsToOrder").ValueKind.ShouldBe(JsonValueKind.Array);
    }

    [Theory]
    [InlineData("--as-of", "2021-13")]
    [InlineData("--jurisdiction", "FR")]
    [InlineData("--format", "pdf")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        AlkboardCli.Run("recommend", "examples/cases/seed-003-cars1-alk-imt.yaml", option, value).ExitCode.ShouldBe(ExitCodes.Usage);
    }

    [Fact]
    public void As_of_and_after_line_together_are_a_usage_error()
    {
        AlkboardCli.Run("recommend", "examples/cases/seed-003-cars1-alk-imt.yaml", "--as-of", "2023", "--after-line", "1").ExitCode.ShouldBe(ExitCodes.Usage);
    }

    [Fact]
    public void A_line_the_case_lacks_is_invalid_input()
    {
        AlkboardCli.Run("recommend", "examples/cases/seed-003-cars1-alk-imt.yaml", "--after-line", "9").ExitCode.ShouldBe(ExitCodes.InvalidInput);
    }
}
