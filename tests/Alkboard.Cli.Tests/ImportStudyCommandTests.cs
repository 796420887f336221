using System.Text.Json;
using System.Text.Json.Nodes;
using Alkboard.Cli.Tests.Support;

namespace Alkboard.Cli.Tests;

/// <summary>alkboard import-study as a user runs it: the cases it writes, the summary, and the exit codes.</summary>
public sealed class ImportStudyCommandTests : IDisposable
{
    private const string Study = "tests/Alkboard.Core.Tests/Import/Fixtures/cbioportal/synthetic_imt";
    private const string Anchors = "tests/Alkboard.Core.Tests/Import/Fixtures/cbioportal/synthetic_imt.anchors.tsv";
    private readonly string _folder = Directory.CreateTempSubdirectory("alkboard-import-study-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Temp(string name) => Path.Combine(_folder, name);

    [Fact]
    public void Writes_one_case_per_patient_that_validates_and_recommends_after_crizotinib()
    {
        var output = Temp("cases");

        var (code, stdout, stderr) = AlkboardCli.Run("import-study", Study, "--synthetic", "--anchors", Anchors, "--output", output);

        code.ShouldBe(ExitCodes.Ok, stderr);
        stdout.ShouldContain("patients 2, samples 3, molecular tests 4, results 4, lines of therapy 2, assessments 2, timeline rows not placed 2");
        stdout.ShouldContain($"2 case file(s) written to {output}");
        Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["SYN-P1.json", "SYN-P2.json"]);
        AlkboardCli.Run("validate", Path.Combine(output, "SYN-P1.json"), Path.Combine(output, "SYN-P2.json")).ExitCode.ShouldBe(ExitCodes.Ok);
        var recommend = AlkboardCli.Run("recommend", Path.Combine(output, "SYN-P1.json"), "--after-line", "1", "--format", "json");
        recommend.ExitCode.ShouldBe(ExitCodes.Ok, recommend.Error);
        var report = JsonNode.Parse(recommend.Out)!;
        report["options"]![0]!["drugs"]!.AsArray().Select(d => d!.GetValue<string>()).ShouldBe(["lorlatinib"]);
    }

    [Fact]
    public void A_treatment_without_stop_date_stays_the_current_therapy_in_recommend_not_a_new_option()
    {
        var output = Temp("current");

        var (code, _, stderr) = AlkboardCli.Run("import-study", Study, "--synthetic", "--anchors", Anchors, "--output", output);

        code.ShouldBe(ExitCodes.Ok, stderr);
        stderr.ShouldContain("warning ALK-IMPORT-085: patient SYN-P1: the TREATMENT row(s) data_timeline_treatment.txt:3 (Lorlatinib from day 420) have no STOP_DATE: line 2 (lorlatinib) is written ongoing");
        var recommend = AlkboardCli.Run("recommend", Path.Combine(output, "SYN-P1.json"), "--format", "json");
        recommend.ExitCode.ShouldBe(ExitCodes.Ok, recommend.Error);
        var report = JsonNode.Parse(recommend.Out)!;
        report["decisionPoint"]!.GetValue<string>().ShouldBe("responding_on_therapy");
        report["situation"]!.GetValue<string>().ShouldBe("on line 2 (lorlatinib) without recorded progression");
        var lorlatinib = report["options"]!.AsArray().Where(o => o!["drugs"]!.AsArray().Select(d => d!.GetValue<string>()).SequenceEqual(["lorlatinib"])).ToList();
        lorlatinib.ShouldHaveSingleItem()!["title"]!.GetValue<string>().ShouldBe("continue lorlatinib");
    }

    [Fact]
    public void An_index_date_known_only_to_the_month_is_refused_saying_why()
    {
        var (code, stdout, stderr) = AlkboardCli.Run("import-study", Study, "--synthetic", "--index-date", "2019-03");

        code.ShouldBe(ExitCodes.InvalidInput);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("--index-date: error ALK-IMPORT-082: '2019-03' is known only to the month: an anchor of timeline days must be a full date (YYYY-MM-DD)");
        stderr.ShouldContain("Give the exact day, or leave --index-date out");
    }

    [Fact]
    public void A_registry_row_with_alk_in_site1_and_event_info_eml4_alk_gives_an_alk_positive_case()
    {
        var study = Temp("site1-alk");
        Directory.CreateDirectory(study);
        foreach (var file in Directory.GetFiles(Path.Combine(AlkboardCli.Root, Study)))
        {
            File.Copy(file, Path.Combine(study, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(study, "data_structural_variants.txt"),
            "Sample_Id\tSV_Status\tSite1_Hugo_Symbol\tSite1_Region\tSite1_Region_Number\tSite2_Hugo_Symbol\tSite2_Region\tSite2_Region_Number\tSite2_Effect_On_Frame\tNCBI_Build\tEvent_Info\tRNA_Support\n" +
            "SYN-P1-S1\tSOMATIC\tALK\tEXON\t20\tEML4\tEXON\t13\tIn_frame\tGRCh37\tEML4-ALK fusion\tyes\n");
        var output = Temp("site1-alk-cases");

        var (code, _, stderr) = AlkboardCli.Run("import-study", study, "--synthetic", "--anchors", Anchors, "--output", output);

        code.ShouldBe(ExitCodes.Ok, stderr);
        stderr.ShouldContain("data_structural_variants.txt:2:11: warning ALK-IMPORT-086: Site1 is ALK and Site2 is EML4, but Event_Info 'EML4-ALK fusion' names EML4 as the 5' partner: read as EML4::ALK");
        var recommend = AlkboardCli.Run("recommend", Path.Combine(output, "SYN-P1.json"), "--after-line", "1", "--format", "json");
        var report = JsonNode.Parse(recommend.Out)!;
        report["alkStatus"]!["status"]!.GetValue<string>().ShouldBe("positive");
        report["alkStatus"]!["reasons"]![0]!.GetValue<string>().ShouldContain("EML4(ex13)::ALK(ex20) fusion, in frame");
    }

    [Fact]
    public void The_json_summary_lists_files_totals_patients_and_the_rows_not_placed()
    {
        var (code, stdout, stderr) = AlkboardCli.Run("import-study", Study, "--synthetic", "--format", "json");

        code.ShouldBe(ExitCodes.Ok, stderr);
        var summary = JsonDocument.Parse(stdout).RootElement;
        summary.GetProperty("study").GetString().ShouldBe("synthetic_imt");
        summary.GetProperty("output").ValueKind.ShouldBe(JsonValueKind.Null);
        summary.GetProperty("totals").GetProperty("patients").GetInt32().ShouldBe(2);
        summary.GetProperty("totals").GetProperty("unplaced").GetInt32().ShouldBe(8);
        summary.GetProperty("patients")[0].GetProperty("histology").GetString().ShouldBe("imt");
        summary.GetProperty("unplaced")[0].GetProperty("reason").GetString()!.ShouldStartWith("no index date");
        var cna = summary.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString() == "data_cna.txt");
        cna.GetProperty("counts").GetProperty("value 0 (diploid; not added)").GetInt32().ShouldBe(4);
        cna.GetProperty("sha256").GetString()!.Length.ShouldBe(64);
    }

    [Fact]
    public void The_table_summary_users_read_matches_its_snapshot()
    {
        var (code, stdout, stderr) = AlkboardCli.Run("import-study", Study, "--synthetic", "--index-date", "2019-03-04");

        code.ShouldBe(ExitCodes.Ok, stderr);
        Snapshot.Match("import-study.summary.table", stdout);
    }

    [Fact]
    public void An_existing_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        var output = Temp("taken");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "keep.txt"), "mine");

        var (code, stdout, stderr) = AlkboardCli.Run("import-study", Study, "--synthetic", "--output", output);

        code.ShouldBe(ExitCodes.InvalidInput);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("ALK-IMPORT-080");
        Directory.GetFiles(output).Select(Path.GetFileName).ShouldBe(["keep.txt"]);
    }

    [Fact]
    public void An_empty_existing_folder_is_filled()
    {
        var output = Temp("empty");
        Directory.CreateDirectory(output);

        AlkboardCli.Run("import-study", Study, "--synthetic", "--output", output).ExitCode.ShouldBe(ExitCodes.Ok);

        Directory.GetFiles(output).Length.ShouldBe(2);
    }

    public static TheoryData<string[], string> BadInputs => new()
    {
        { [Study], "ALK-IMPORT-070" },
        { [Study, "--synthetic", "--index-date", "2019-02-30"], "ALK-IMPORT-082" },
        { [Study, "--synthetic", "--data-file", "meta_cna.txt"], "ALK-IMPORT-082" },
        { [Study, "--synthetic", "--data-file", "meta_none.txt=data_cna.txt"], "ALK-IMPORT-082" },
        { [Study, "--synthetic", "--anchors", "tests/Alkboard.Core.Tests/Import/Fixtures/cbioportal/broken/anchors.bad.tsv"], "ALK-IMPORT-078" },
        { ["tests/Alkboard.Core.Tests/Import/Fixtures/cbioportal", "--synthetic"], "ALK-IMPORT-070" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_exits_1_with_its_code_and_writes_nothing(string[] args, string code)
    {
        var output = Temp("never");

        var result = AlkboardCli.Run(["import-study", .. args, "--output", output]);

        result.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        result.Error.ShouldContain(code);
        result.Out.ShouldBeEmpty();
        Directory.Exists(output).ShouldBeFalse();
    }

    [Theory]
    [InlineData("import-study")]
    [InlineData("import-study", Study, "--index-date", "2019-03-04", "--anchors", Anchors)]
    [InlineData("import-study", Study, "--format", "yaml")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var result = AlkboardCli.Run(args);

        result.ExitCode.ShouldBe(ExitCodes.Usage);
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Import_of_a_study_folder_points_to_import_study()
    {
        var result = AlkboardCli.Run("import", Study, "--case", "examples/cases/seed-003-cars1-alk-imt.yaml");

        result.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        result.Error.ShouldContain("is a cBioPortal study folder, not a lab file: import it with alkboard import-study");
    }
}
