using Alkboard.Cli.Tests.Support;

namespace Alkboard.Cli.Tests;

/// <summary>0 ok, 1 invalid input (located message, no stack trace, nothing on stdout for show), 2 usage.</summary>
public class ExitCodeTests
{
    private static string TempFile(string name, byte[] content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "alkboard-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void Validate_all_examples_exits_0()
    {
        var (code, stdout, _) = AlkboardCli.Run(["validate", .. AlkboardCli.ExampleCases()]);

        code.ShouldBe(ExitCodes.Ok);
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldAllBe(line => line.Contains(": valid (patient seed-", StringComparison.Ordinal));
    }

    public static TheoryData<string, byte[], string> BadInputs => new()
    {
        { "empty.yaml", [], "ALK-CASE-002" },
        { "binary.json", [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0xFF], "ALK-CASE-003" },
        { "broken.json", "{ \"schemaVersion\": 1, \"patient\": "u8.ToArray(), "ALK-CASE-006" },
        { "broken.yaml", "schemaVersion: 1\npatient: [\n"u8.ToArray(), "ALK-CASE-006" },
        { "types.yaml", "schemaVersion: \"one\"\n"u8.ToArray(), "ALK-CASE-012" },
        { "dates.yaml", "schemaVersion: 1\nsource: { citation: x, synthetic: true }\npatient: { id: p, sex: male }\ndiagnoses: [ { histology: imt, date: 2019-02-30 } ]\n"u8.ToArray(), "ALK-CASE-014" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_exits_1_with_a_located_code_and_no_stack_trace(string name, byte[] content, string expectedCode)
    {
        var path = TempFile(name, content);

        var validate = AlkboardCli.Run("validate", path);
        var show = AlkboardCli.Run("show", path);

        validate.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        validate.Out.ShouldContain(expectedCode);
        validate.Out.ShouldContain(path);
        show.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        show.Out.ShouldBeEmpty();
        show.Error.ShouldContain(expectedCode);
        (validate.Out + show.Error).ShouldNotContain("   at ");
    }

    [Fact]
    public void A_missing_file_exits_1()
    {
        var (code, _, stderr) = AlkboardCli.Run("show", "examples/cases/no-such-case.yaml");

        code.ShouldBe(ExitCodes.InvalidInput);
        stderr.ShouldContain("ALK-CASE-001");
    }

    [Fact]
    public void One_bad_file_among_good_ones_makes_validate_exit_1_and_lists_both()
    {
        var bad = TempFile("bad.yaml", "schemaVersion: 1\n"u8.ToArray());

        var (code, stdout, _) = AlkboardCli.Run("validate", "examples/cases/seed-003-cars1-alk-imt.yaml", bad);

        code.ShouldBe(ExitCodes.InvalidInput);
        stdout.ShouldContain("seed-003-cars1-alk-imt.yaml: valid");
        stdout.ShouldContain("ALK-CASE-011");
    }

    [Fact]
    public void Validate_json_lists_each_error_with_code_line_and_path()
    {
        var bad = TempFile("bad.yaml", "schemaVersion: 1\nsource: { citation: x, synthetic: true }\npatient: { id: p, sexx: male }\ndiagnoses: [ { histology: imt } ]\n"u8.ToArray());

        var (code, stdout, _) = AlkboardCli.Run("validate", bad, "--format", "json");

        code.ShouldBe(ExitCodes.InvalidInput);
        var errors = System.Text.Json.JsonDocument.Parse(stdout).RootElement[0].GetProperty("errors");
        errors.EnumerateArray().Select(e => (e.GetProperty("code").GetString(), e.GetProperty("line").GetInt32(), e.GetProperty("path").GetString()))
            .ShouldBe([("ALK-CASE-010", 3, "$.patient.sexx"), ("ALK-CASE-011", 3, "$.patient.sex")], ignoreOrder: true);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("show")]
    [InlineData("validate")]
    [InlineData("show", "examples/cases/seed-003-cars1-alk-imt.yaml", "--format", "xml")]
    [InlineData("show", "examples/cases/seed-003-cars1-alk-imt.yaml", "--colour")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (code, stdout, stderr) = AlkboardCli.Run(args);

        code.ShouldBe(ExitCodes.Usage);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("alkboard --help");
    }

    [Fact]
    public void Help_exits_0()
    {
        var (code, stdout, _) = AlkboardCli.Run("--help");

        code.ShouldBe(ExitCodes.Ok);
        stdout.ShouldContain("validate");
        stdout.ShouldContain("show");
    }
}
