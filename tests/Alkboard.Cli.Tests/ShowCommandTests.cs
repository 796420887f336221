using System.Text.Json;
using Alkboard.Cli.Tests.Support;

namespace Alkboard.Cli.Tests;

public class ShowCommandTests
{
    public static TheoryData<string> Examples => [.. AlkboardCli.ExampleCases()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Show_table_matches_the_approved_snapshot(string file)
    {
        var (code, stdout, stderr) = AlkboardCli.Run("show", file);

        code.ShouldBe(ExitCodes.Ok, stderr);
        stderr.ShouldBeEmpty();
        Snapshot.Match($"show.{Path.GetFileNameWithoutExtension(file)}.table", stdout);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Show_json_matches_the_approved_snapshot_and_parses(string file)
    {
        var (code, stdout, _) = AlkboardCli.Run("show", file, "--format", "json");

        code.ShouldBe(ExitCodes.Ok);
        using var document = JsonDocument.Parse(stdout);
        document.RootElement.GetProperty("patient").GetProperty("id").GetString().ShouldStartWith("seed-");
        Snapshot.Match($"show.{Path.GetFileNameWithoutExtension(file)}.json", stdout);
    }

    [Fact]
    public void Show_json_gives_line_durations_as_ranges_in_days_and_months()
    {
        var (_, stdout, _) = AlkboardCli.Run("show", "examples/cases/seed-003-cars1-alk-imt.yaml", "-f", "json");

        var line1 = JsonDocument.Parse(stdout).RootElement.GetProperty("therapyLines")[0];
        var duration = line1.GetProperty("duration");
        duration.GetProperty("minDays").GetInt32().ShouldBe(93);   // 2019-06-30 .. 2019-10-01
        duration.GetProperty("maxDays").GetInt32().ShouldBe(152);  // 2019-06-01 .. 2019-10-31
        duration.GetProperty("text").GetString().ShouldBe("3–5 months");
    }

    [Fact]
    public void Show_is_byte_identical_across_runs()
    {
        var first = AlkboardCli.Run("show", "examples/cases/seed-004-musculoskeletal-imt-sequential-tki.yaml").Out;
        var second = AlkboardCli.Run("show", "examples/cases/seed-004-musculoskeletal-imt-sequential-tki.yaml").Out;

        second.ShouldBe(first);
    }
}
