using System.Text.Json;
using Alkboard.Cli.Tests.Support;

namespace Alkboard.Cli.Tests;

public class InterpretCommandTests
{
    [Fact]
    public void Json_follows_the_documented_contract()
    {
        var (code, stdout, stderr) = AlkboardCli.Run("interpret", "RRBP-ALK", "ALK L1196Q", "ALK G1202R+L1196M", "MET amp", "--tumor", "IMT", "--format", "json");

        code.ShouldBe(ExitCodes.Ok, stderr);
        var items = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        items.Select(i => i.GetProperty("kind").GetString()).ShouldBe(["fusion", "mutation", "compound", "copy_number"]);
        items[0].GetProperty("normalized").GetString().ShouldBe("RRBP1::ALK");
        items[0].GetProperty("partners").EnumerateArray().Select(p => p.GetString()).ShouldBe(["RRBP1", "ALK"]);
        var implication = items[1].GetProperty("implications").EnumerateArray().First(i => i.GetProperty("drug").GetString() == "ceritinib");
        // A single-patient case report (seed 001) is graded at most 3B (docs/knowledge.md).
        implication.GetProperty("level").GetString().ShouldBe("3B");
        implication.GetProperty("patients").GetInt32().ShouldBe(1);
        implication.GetProperty("design").GetString().ShouldBe("case report, 1 patient");
        implication.GetProperty("setting").GetString().ShouldBe("after_second_generation");
        implication.GetProperty("direction").GetString().ShouldBe("sensitivity");
        implication.GetProperty("tumorTypeMatch").GetString().ShouldBe("same");
        implication.GetProperty("sourceTumorType").GetString().ShouldBe("IMT");
        implication.GetProperty("citations")[0].GetString().ShouldBe("DOI:10.2147/OTT.S270481");
    }

    [Fact]
    public void Table_output_matches_its_snapshot()
    {
        var (code, stdout, _) = AlkboardCli.Run("interpret", "ALK L1196Q", "CARS-ALK", "PTCH1 down", "FOO1 G12D");

        code.ShouldBe(ExitCodes.Ok);
        Snapshot.Match("interpret.seed-alterations.table", stdout);
    }

    [Fact]
    public void Ambiguous_input_exits_1_and_lists_the_candidates()
    {
        var (code, _, stderr) = AlkboardCli.Run("interpret", "EML4-TPM3");

        code.ShouldBe(ExitCodes.InvalidInput);
        stderr.ShouldContain("ALK-GEN-002");
        stderr.ShouldContain("EML4::TPM3; TPM3::EML4");
    }

    [Fact]
    public void Kb_validate_and_info_report_the_release()
    {
        var validate = AlkboardCli.Run("kb", "validate");
        var info = AlkboardCli.Run("kb", "info", "-f", "json");

        validate.ExitCode.ShouldBe(ExitCodes.Ok);
        validate.Out.ShouldContain("2026.12.1 is valid");
        var root = JsonDocument.Parse(info.Out).RootElement;
        root.GetProperty("release").GetString().ShouldBe("2026.12.1");
        root.GetProperty("statementsBySource").GetProperty("statements.yaml").GetInt32().ShouldBeGreaterThan(0);
        root.GetProperty("statementsBySource").GetProperty("sources/civic/civic_alk_evidence_snapshot_2025-10-31.json").GetInt32().ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Kb_map_prints_the_grid_and_the_evidence_of_a_selected_row()
    {
        var grid = AlkboardCli.Run("kb", "map");
        var row = AlkboardCli.Run("kb", "map", "--mutation", "G1202R", "--format", "json");

        grid.ExitCode.ShouldBe(ExitCodes.Ok);
        grid.Out.ShouldContain("not sourced (not 'sensitive')");
        grid.Out.ShouldMatch(@"ALK G1202R\s+R \(c\)");
        var cells = JsonDocument.Parse(row.Out).RootElement.GetProperty("cells");
        cells.EnumerateArray().ShouldAllBe(c => c.GetProperty("mutation").GetString() == "ALK G1202R");
        cells.EnumerateArray().ShouldContain(c => c.GetProperty("drug").GetString() == "crizotinib" && c.GetProperty("call").GetString() == "resistant");
    }

    [Theory]
    [InlineData("--drug", "cisplatin", "ALK-CLI-MAP-001")]
    [InlineData("--mutation", "EML4-ALK", "ALK-CLI-MAP-002")]
    public void Kb_map_refuses_a_selection_it_cannot_read(string option, string value, string code)
    {
        var (exit, stdout, stderr) = AlkboardCli.Run("kb", "map", option, value);

        exit.ShouldBe(ExitCodes.InvalidInput);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain(code);
    }

    [Fact]
    public void Kb_DIR_reads_the_knowledge_folder_it_names_and_refuses_a_folder_that_is_not_one()
    {
        var copy = Path.Combine(Path.GetTempPath(), "alkboard-kb-option", Guid.NewGuid().ToString("N"));
        foreach (var source in Directory.EnumerateFiles(Path.Combine(AlkboardCli.Root, "knowledge"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Path.Combine(AlkboardCli.Root, "knowledge"), source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        var release = Path.Combine(copy, "release.yaml");
        File.WriteAllText(release, File.ReadAllText(release).Replace("release: \"2026.12.1\"", "release: \"2099.01.0\"", StringComparison.Ordinal));

        var edited = AlkboardCli.Run("kb", "info", "--kb", copy);
        var notKnowledge = AlkboardCli.Run("kb", "info", "--kb", Path.GetTempPath());

        edited.ExitCode.ShouldBe(ExitCodes.Ok);
        edited.Out.ShouldContain("release 2099.01.0");
        notKnowledge.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        notKnowledge.Error.ShouldContain("is not a knowledge folder");
    }
}
