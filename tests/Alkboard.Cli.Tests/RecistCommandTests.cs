using System.Text.Json;
using Alkboard.Cli.Tests.Support;

namespace Alkboard.Cli.Tests;

public class RecistCommandTests
{
    public static TheoryData<string> Examples => [.. AlkboardCli.ExampleCases()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Recist_table_and_json_match_their_snapshots(string file)
    {
        var table = AlkboardCli.Run("recist", file);
        var json = AlkboardCli.Run("recist", file, "--format", "json");

        table.ExitCode.ShouldBe(ExitCodes.Ok, table.Error);
        json.ExitCode.ShouldBe(ExitCodes.Ok);
        Snapshot.Match($"recist.{Path.GetFileNameWithoutExtension(file)}.table", table.Out);
        Snapshot.Match($"recist.{Path.GetFileNameWithoutExtension(file)}.json", json.Out);
    }

    [Fact]
    public void Json_follows_the_documented_contract()
    {
        var (_, stdout, _) = AlkboardCli.Run("recist", "examples/cases/seed-003-cars1-alk-imt.yaml", "--line", "3", "-f", "json");

        var root = JsonDocument.Parse(stdout).RootElement;
        var line = root.GetProperty("lines").EnumerateArray().Single();
        line.GetProperty("line").GetInt32().ShouldBe(3);
        line.GetProperty("drugs")[0].GetString().ShouldBe("alectinib");
        line.GetProperty("baselineDate").GetString().ShouldBe("2022-08/2023-02-09");
        line.GetProperty("bestOverallResponse").GetString().ShouldBe("PR");
        var tp = line.GetProperty("timepoints")[0];
        tp.GetProperty("targetSum").GetDecimal().ShouldBe(14m);
        tp.GetProperty("changeFromBaselinePercent").GetDecimal().ShouldBe(-77.4m);
        tp.GetProperty("nonTargetResponse").GetString().ShouldBe("NonCR/NonPD");
        tp.GetProperty("source").GetString().ShouldBe("computed");
        line.GetProperty("pfs").GetProperty("event").GetBoolean().ShouldBeFalse();
        line.GetProperty("pfs").GetProperty("months").ValueKind.ShouldBe(JsonValueKind.Number);
        root.GetProperty("overallSurvival").GetProperty("event").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void Confirm_option_changes_the_options_echoed_in_json()
    {
        var (code, stdout, _) = AlkboardCli.Run("recist", "examples/cases/seed-003-cars1-alk-imt.yaml", "--confirm", "-f", "json");

        code.ShouldBe(ExitCodes.Ok);
        JsonDocument.Parse(stdout).RootElement.GetProperty("options").GetProperty("requireConfirmation").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void An_unknown_line_is_invalid_input()
    {
        var (code, stdout, stderr) = AlkboardCli.Run("recist", "examples/cases/seed-003-cars1-alk-imt.yaml", "--line", "7");

        code.ShouldBe(ExitCodes.InvalidInput);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("no line 7");
    }

    [Theory]
    [InlineData("--sd-min-days", "-3")]
    [InlineData("--line", "two")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        AlkboardCli.Run("recist", "examples/cases/seed-003-cars1-alk-imt.yaml", option, value).ExitCode.ShouldBe(ExitCodes.Usage);
    }

    [Fact]
    public void A_baseline_RECIST_rejects_exits_1_with_the_code_on_stderr()
    {
        var dir = Path.Combine(Path.GetTempPath(), "alkboard-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "small-target.yaml");
        File.WriteAllText(path, """
            schemaVersion: 1
            source: { citation: "Synthetic", synthetic: true }
            patient: { id: synth, sex: male }
            diagnoses: [ { date: 2020-01, histology: imt } ]
            therapyLines: [ { line: 1, agents: [ { drug: crizotinib } ], start: 2020-02-01, reasonStopped: ongoing } ]
            lesions: [ { id: T1, site: lung, category: target } ]
            assessments:
              - { date: 2020-01-20, observations: [ { lesion: T1, sizeMm: 8 } ] }
              - { date: 2020-04-01, observations: [ { lesion: T1, sizeMm: 5 } ] }
            """);

        var (code, _, stderr) = AlkboardCli.Run("recist", path);

        code.ShouldBe(ExitCodes.InvalidInput);
        stderr.ShouldContain("ALK-RECIST-001");
        stderr.ShouldContain("T1");
        stderr.ShouldContain($"{path}: error ALK-RECIST-001 at $.assessments[");
        stderr.ShouldContain(".observations[?(@.lesion=='T1')]: line 1: target lesion T1 is 8 mm at baseline");
    }
}
