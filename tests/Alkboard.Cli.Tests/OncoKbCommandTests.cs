using System.Text.Json;
using System.Text.Json.Nodes;
using Alkboard.Cli.Tests.Support;

namespace Alkboard.Cli.Tests;

/// <summary>
/// OncoKB annotator files through <c>interpret --file</c> and <c>import</c>: the file's levels are
/// shown beside Alkboard's, with disagreements flagged, and never change Alkboard's output.
/// The fixtures' levels are synthetic claims (tests/Alkboard.Core.Tests/Import/Fixtures/README.md).
/// </summary>
public sealed class OncoKbCommandTests : IDisposable
{
    private const string Fixtures = "tests/Alkboard.Core.Tests/Import/Fixtures/";
    private readonly string _folder = Directory.CreateTempSubdirectory("alkboard-oncokb-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Interpret_file_table_shows_the_oncokb_section_with_its_flags()
    {
        var (code, stdout, stderr) = AlkboardCli.Run("interpret", "--file", Fixtures + "oncokb.annotated.maf", "--file", Fixtures + "oncokb.clinical.txt");

        code.ShouldBe(ExitCodes.Ok, stderr);
        stdout.ShouldContain("OncoKB (file): oncokb.annotated.maf:2, sample SYNTH-S1; OncoKB annotation columns of oncokb.annotated.maf: the file's");
        stdout.ShouldContain("DISAGREES with Alkboard (7):");
        stdout.ShouldContain("DISAGREES: unresolved");
        stderr.ShouldContain("OncoKB annotator columns (22)");
        Snapshot.Match("interpret.oncokb.table", stdout);
    }

    [Fact]
    public void Interpret_file_json_puts_the_files_levels_beside_implications_that_stay_alkboards()
    {
        var (code, stdout, stderr) = AlkboardCli.Run("interpret", "--file", Fixtures + "oncokb.annotated.maf", "--file", Fixtures + "oncokb.clinical.txt", "--format", "json");
        var typed = AlkboardCli.Run("interpret", "ALK p.F1174L", "--format", "json");

        code.ShouldBe(ExitCodes.Ok, stderr);
        var items = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        items.Select(i => i.GetProperty("input").GetString()).ShouldBe(["ALK p.F1174L", "KRAS p.G12C"]);
        var alk = items[0];
        var records = alk.GetProperty("oncoKb").EnumerateArray().ToList();
        records.Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("disagrees").GetBoolean(), r.GetProperty("annotatedTumorType").GetString())).ShouldBe(
            [(2, false, "IMT"), (3, true, "NSCLC")]);
        records[1].GetProperty("disagreements").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).ShouldBe(
            ["opposite_direction", "different_level", "not_leveled_by_alkboard", "not_leveled_by_alkboard", "unresolved_drug", "opposite_direction", "oncogenicity"]);
        var synthetinib = records[1].GetProperty("drugs").EnumerateArray().Single(d => d.GetProperty("drug").GetString() == "Synthetinib");
        synthetinib.GetProperty("resolved").ValueKind.ShouldBe(JsonValueKind.Null);
        synthetinib.GetProperty("agreement").GetString().ShouldBe("unresolved");
        records[0].GetProperty("claim").GetString()!.ShouldContain("the file's claim, not Alkboard's; the file states no OncoKB data version or date");

        // The implications are Alkboard's alone: the same as for the alteration typed on the command line.
        var alone = JsonDocument.Parse(typed.Out).RootElement[0];
        alk.GetProperty("implications").GetRawText().ShouldBe(alone.GetProperty("implications").GetRawText());
        alone.GetProperty("oncoKb").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Interpret_file_reads_a_reversed_alk_eml4_fusion_as_eml4_alk()
    {
        var (code, stdout, stderr) = AlkboardCli.Run("interpret", "--file", Fixtures + "oncokb.annotated.fusions.txt", "--format", "json");

        code.ShouldBe(ExitCodes.Ok, stderr);
        var first = JsonDocument.Parse(stdout).RootElement[0];
        first.GetProperty("normalized").GetString().ShouldBe("EML4::ALK");
        var record = first.GetProperty("oncoKb")[0];
        (record.GetProperty("annotatedTumorType").GetString(), record.GetProperty("annotatedTumorTypeSource").GetString()).ShouldBe(("IMT", "its ONCOTREE_CODE column"));
        var drugs = record.GetProperty("drugs").EnumerateArray().ToList();
        drugs.Select(d => $"{d.GetProperty("resolved").GetString()} {d.GetProperty("resolvedBy").GetString()} {d.GetProperty("agreement").GetString()}").ShouldBe(
            ["crizotinib vocabulary agrees", "alectinib vocabulary agrees", "erlotinib civic_therapy agrees"]);
        record.GetProperty("disagrees").GetBoolean().ShouldBeFalse();
        record.GetProperty("notes")[0].GetString()!.ShouldStartWith("orientation not given by the file: Alkboard's levels are for EML4::ALK, its reading of the pair");
        first.GetProperty("notes").EnumerateArray().ShouldContain(n => n.GetString()!.StartsWith("orientation not given by oncokb.annotated.fusions.txt:2: ", StringComparison.Ordinal));
        stderr.ShouldContain("line 4: 'ALK-intragenic' is an intragenic ALK event, not a fusion; not added");
    }

    [Fact]
    public void A_fusion_table_gives_no_orientation_so_an_imported_alk_fusion_leaves_alk_status_unconfirmed()
    {
        // Review 2, F9: ALK-PTPN3 was read as PTPN3::ALK and made the tumor ALK-positive; the table
        // does not say which gene is 5', and an RNA method does not change that.
        var caseFile = Temp("naive.json");
        File.WriteAllText(caseFile, """
            { "schemaVersion": 1, "source": { "citation": "Synthetic orientation test", "synthetic": true },
              "patient": { "id": "synth-orientation", "sex": "female", "ageAtDiagnosis": 30 },
              "diagnoses": [ { "date": "2020-01", "histology": "imt", "extent": "metastatic" } ] }
            """);
        var imported = Temp("imported.json");
        var (code, stdout, stderr) = AlkboardCli.Run("import", Fixtures + "oncokb.orientation.fusions.txt", "--case", caseFile, "--sample", "SYNTH-F1", "--method", "rna_seq", "--output", imported);
        code.ShouldBe(ExitCodes.Ok, stderr);
        stdout.ShouldContain("ALK fusion PTPN3::ALK read with ALK as 3' (the kinase partner); orientation not given by the file, so it does not establish ALK positivity by itself (line 2)");
        File.ReadAllText(imported).ShouldContain("\"orientationInferred\": true");

        var recommend = AlkboardCli.Run("recommend", imported, "--format", "json");
        recommend.ExitCode.ShouldBe(ExitCodes.Ok, recommend.Error);
        var status = JsonNode.Parse(recommend.Out)!["alkStatus"]!;
        status["status"]!.GetValue<string>().ShouldBe("unconfirmed");
        status["reasons"]![0]!.GetValue<string>().ShouldContain("orientation not given by the source: ALK is read as 3' only because it is the fusion kinase; if the event is ALK::PTPN3");

        var interpret = AlkboardCli.Run("interpret", "--file", Fixtures + "oncokb.orientation.fusions.txt");
        interpret.ExitCode.ShouldBe(ExitCodes.Ok, interpret.Error);
        interpret.Out.ShouldContain("note: orientation not given by oncokb.orientation.fusions.txt:2: ALK is read as 3'");
    }

    [Fact]
    public void A_copy_number_matrix_with_conflicting_calls_is_rejected_with_its_location()
    {
        var (code, stdout, stderr) = AlkboardCli.Run("interpret", "--file", Fixtures + "conflict.gistic.txt");

        code.ShouldBe(ExitCodes.InvalidInput);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("conflict.gistic.txt:4:4: error ALK-IMPORT-064: MET is given again for SYNTH-S1");
    }

    [Fact]
    public void Import_summary_lists_the_oncokb_records_in_json_and_the_section_in_the_table()
    {
        var caseFile = "examples/cases/seed-001-p1-rrbp1-alk-imt.json";
        var json = AlkboardCli.Run("import", Fixtures + "oncokb.annotated.maf", "--case", caseFile, "--output", Temp("json.json"), "--format", "json");
        var table = AlkboardCli.Run("import", Fixtures + "oncokb.annotated.maf", Fixtures + "oncokb.annotated.cna.txt", "--case", caseFile, "--output", Temp("table.json"));

        json.ExitCode.ShouldBe(ExitCodes.Ok, json.Error);
        var records = JsonDocument.Parse(json.Out).RootElement.GetProperty("oncoKb").EnumerateArray().ToList();
        records.Select(r => $"{r.GetProperty("line").GetInt32()} {r.GetProperty("alteration").GetString()} {r.GetProperty("tumorType").GetString()}").ShouldBe(
            ["2 ALK F1174L IMT", "3 ALK F1174L IMT", "4 KRAS G12C IMT"]);
        table.ExitCode.ShouldBe(ExitCodes.Ok, table.Error);
        table.Out.ShouldContain("MET amplification:");
        table.Out.ShouldContain("Crizotinib -> crizotinib: file 3B (LEVEL_3B) sensitivity; Alkboard none; DISAGREES: not leveled by alkboard");
        table.Out.ShouldContain("OncoKB (file): a lab file's levels, shown beside Alkboard's interpretation; they do not change Alkboard's levels, ranking or recommendation.");

        // The new case holds the results and their provenance, never the file's levels.
        var written = File.ReadAllText(Temp("table.json"));
        written.ShouldNotContain("LEVEL_");
        written.ShouldContain("\"kind\": \"copy_number\"");
    }

    [Fact]
    public void The_files_oncokb_levels_never_change_what_recommend_ranks()
    {
        var handWritten = "examples/cases/seed-001-p1-rrbp1-alk-imt.json";
        var annotated = Temp("annotated.json");
        var plain = Temp("plain.json");

        AlkboardCli.Run("import", Fixtures + "oncokb.annotated.maf", "--case", handWritten, "--line", "2", "--output", annotated).ExitCode.ShouldBe(ExitCodes.Ok);
        AlkboardCli.Run("import", Fixtures + "oncokb.plain.maf", "--case", handWritten, "--line", "2", "--output", plain).ExitCode.ShouldBe(ExitCodes.Ok);

        var (withLevels, without) = (Recommend(annotated), Recommend(plain));
        withLevels["options"]!.ToJsonString().ShouldBe(without["options"]!.ToJsonString());
        withLevels["findings"]!.ToJsonString().ShouldBe(without["findings"]!.ToJsonString());
        withLevels["options"]!.AsArray().Count.ShouldBeGreaterThan(0);
    }

    private static JsonNode Recommend(string caseFile)
    {
        var (code, stdout, stderr) = AlkboardCli.Run("recommend", caseFile, "--after-line", "2", "--jurisdiction", "US", "--format", "json");
        code.ShouldBe(ExitCodes.Ok, stderr);
        return JsonNode.Parse(stdout)!;
    }

    private string Temp(string name) => Path.Combine(_folder, name);
}
