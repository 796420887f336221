using System.Text.Json;
using System.Text.Json.Nodes;
using Alkboard.Cli.Tests.Support;

namespace Alkboard.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private const string Fixtures = "tests/Alkboard.Core.Tests/Import/Fixtures/";
    private readonly string _folder = Directory.CreateTempSubdirectory("alkboard-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// Issue 15's check: the seed 001 patient 1 results written as an Arriba table and a VEP VCF,
    /// imported into her case with its molecular tests removed, give the same ranked options and
    /// scores as the hand-written case (docs/validation.md's decision point after line 2).
    /// </summary>
    [Fact]
    public void Importing_the_seed_results_gives_the_same_recommendation_as_the_hand_written_case()
    {
        var handWritten = "examples/cases/seed-001-p1-rrbp1-alk-imt.json";
        var bare = JsonNode.Parse(File.ReadAllText(Path.Combine(AlkboardCli.Root, handWritten)))!.AsObject();
        bare.Remove("molecularTests");
        var withoutTests = Temp("seed-001-p1.no-tests.json");
        File.WriteAllText(withoutTests, bare.ToJsonString());
        var withFusion = Temp("step1.json");
        var withBoth = Temp("step2.json");

        AlkboardCli.Run("import", Fixtures + "seed-001-p1.arriba.tsv", "--case", withoutTests, "--output", withFusion).ExitCode.ShouldBe(ExitCodes.Ok);
        var second = AlkboardCli.Run("import", Fixtures + "seed-001-p1.vep.vcf", "--case", withFusion, "--method", "wes", "--line", "2", "--output", withBoth);
        second.ExitCode.ShouldBe(ExitCodes.Ok, second.Error);

        Options(withBoth).ShouldBe(Options(handWritten));
        Options(handWritten)[0].ShouldBe("ceritinib 55");
    }

    [Fact]
    public void Writes_the_new_case_to_output_leaves_the_original_untouched_and_summarises_on_stdout()
    {
        var caseFile = Path.Combine(AlkboardCli.Root, "examples/cases/seed-003-cars1-alk-imt.yaml");
        var before = File.ReadAllBytes(caseFile);
        var output = Temp("new.json");

        var (code, stdout, stderr) = AlkboardCli.Run("import", Fixtures + "synthetic.arriba.tsv", Fixtures + "seed-001-p1.vep.vcf", "--case", caseFile,
            "--date", "2024-03", "--specimen", "tissue", "--method", "rna_seq", "--output", output);

        code.ShouldBe(ExitCodes.Ok, stderr);
        File.ReadAllBytes(caseFile).ShouldBe(before);
        stdout.ShouldContain("added test import-synthetic-arriba: 2 result(s)");
        stdout.ShouldContain("EML4::ALK fusion, in frame  [synthetic.arriba.tsv:2]");
        var written = JsonNode.Parse(File.ReadAllText(output))!;
        var added = written["molecularTests"]!.AsArray()[^1]!;
        added["date"]!.GetValue<string>().ShouldBe("2024-03");
        added["results"]![0]!["provenance"]!["sample"]!.GetValue<string>().ShouldBe("TUMOR");
        AlkboardCli.Run("validate", output).ExitCode.ShouldBe(ExitCodes.Ok);
    }

    [Fact]
    public void Without_output_the_case_goes_to_stdout_and_the_json_summary_to_stderr()
    {
        var (code, stdout, stderr) = AlkboardCli.Run("import", Fixtures + "synthetic.unannotated.grch37.vcf", "--case", "examples/cases/seed-000-p1-ranbp2-alk-imt.yaml", "--format", "json");

        code.ShouldBe(ExitCodes.Ok, stderr);
        JsonNode.Parse(stdout)!["patient"]!["id"]!.GetValue<string>().ShouldBe("seed-000-p1");
        var summary = JsonDocument.Parse(stderr).RootElement;
        var file = summary.GetProperty("files")[0];
        file.GetProperty("format").GetString().ShouldBe("vcf");
        file.GetProperty("genomeBuild").GetString().ShouldBe("GRCh37");
        file.GetProperty("sha256").GetString()!.Length.ShouldBe(64);
        file.GetProperty("counts").GetProperty("records").GetInt32().ShouldBe(5);
        file.GetProperty("results").GetArrayLength().ShouldBe(4);
        summary.GetProperty("tests")[0].GetProperty("id").GetString().ShouldBe("import-tumor");
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    public void The_summary_users_read_matches_its_snapshot(string format)
    {
        var (code, _, stderr) = AlkboardCli.Run("import", Fixtures + "synthetic.arriba.tsv", Fixtures + "synthetic.unannotated.grch37.vcf", Fixtures + "synthetic.maf",
            "--case", "examples/cases/seed-003-cars1-alk-imt.yaml", "--line", "2", "--format", format);

        code.ShouldBe(ExitCodes.Ok, stderr);
        Snapshot.Match($"import.summary.{format}", stderr);
    }

    public static TheoryData<string[], string> BadInputs => new()
    {
        { [Fixtures + "malformed.vcf"], "ALK-IMPORT-011" },
        { [Fixtures + "seed-001-p1.arriba.tsv", Fixtures + "malformed.arriba.tsv"], "ALK-IMPORT-021" },
        { [Fixtures + "synthetic.multisample.vcf"], "ALK-IMPORT-012" },
        { [Fixtures + "malformed-header.maf"], "ALK-IMPORT-040" },
        { [Fixtures + "malformed.maf"], "ALK-IMPORT-041" },
        { [Fixtures + "not-supported.bcf"], "ALK-IMPORT-003" },
        { ["examples/cases/seed-003-cars1-alk-imt.yaml"], "ALK-IMPORT-002" },
        { [Fixtures + "seed-001-p1.arriba.tsv", "--date", "2024-13"], "ALK-IMPORT-030" },
        { [Fixtures + "seed-001-p1.arriba.tsv", "--date", "last spring"], "ALK-IMPORT-030" },
        { [Fixtures + "seed-001-p1.arriba.tsv", "--method", "nanopore"], "ALK-IMPORT-030" },
        { [Fixtures + "seed-001-p1.arriba.tsv", "--line", "7"], "ALK-IMPORT-031" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_exits_1_with_its_code_and_writes_nothing(string[] args, string code)
    {
        var output = Temp("never.json");

        var result = AlkboardCli.Run(["import", .. args, "--case", "examples/cases/seed-001-p1-rrbp1-alk-imt.json", "--output", output]);

        result.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        result.Error.ShouldContain(code);
        result.Out.ShouldBeEmpty();
        File.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void Output_naming_the_case_itself_is_refused()
    {
        var caseFile = Temp("case.json");
        File.Copy(Path.Combine(AlkboardCli.Root, "examples/cases/seed-001-p1-rrbp1-alk-imt.json"), caseFile);
        var before = File.ReadAllBytes(caseFile);

        var result = AlkboardCli.Run("import", Fixtures + "seed-001-p1.arriba.tsv", "--case", caseFile, "--output", caseFile);

        result.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        File.ReadAllBytes(caseFile).ShouldBe(before);
    }

    [Fact]
    public void Interpret_file_reads_a_lab_file_through_the_interpret_path()
    {
        var (code, stdout, stderr) = AlkboardCli.Run("interpret", "--file", Fixtures + "seed-001-p1.vep.vcf", "--format", "json");

        code.ShouldBe(ExitCodes.Ok, stderr);
        var first = JsonDocument.Parse(stdout).RootElement[0];
        first.GetProperty("normalized").GetString().ShouldBe("ALK L1196Q");
        first.GetProperty("implications").EnumerateArray().Select(i => i.GetProperty("drug").GetString()).ShouldContain("ceritinib");
        stderr.ShouldContain("seed-001-p1.vep.vcf: vcf");
    }

    [Fact]
    public void Interpret_file_rejects_a_malformed_file_and_interprets_nothing()
    {
        var (code, stdout, stderr) = AlkboardCli.Run("interpret", "--file", Fixtures + "malformed.vcf");

        code.ShouldBe(ExitCodes.InvalidInput);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("malformed.vcf:9:1: error ALK-IMPORT-011");
    }

    [Fact]
    public void Interpret_without_alterations_or_file_is_a_usage_error()
    {
        AlkboardCli.Run("interpret").ExitCode.ShouldBe(ExitCodes.Usage);
    }

    private static List<string> Options(string caseFile)
    {
        var (code, stdout, stderr) = AlkboardCli.Run("recommend", caseFile, "--after-line", "2", "--jurisdiction", "US", "--format", "json");
        code.ShouldBe(ExitCodes.Ok, stderr);
        return [.. JsonDocument.Parse(stdout).RootElement.GetProperty("options").EnumerateArray()
            .Select(o => $"{o.GetProperty("title").GetString()} {o.GetProperty("score").GetInt32()}")];
    }

    private string Temp(string name) => Path.Combine(_folder, name);
}
