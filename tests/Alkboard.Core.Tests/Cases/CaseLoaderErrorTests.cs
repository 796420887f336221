using Alkboard.Core.Tests.Support;
using System.Text;
using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;

namespace Alkboard.Core.Tests.Cases;

public class CaseLoaderErrorTests
{
    private static CaseLoadResult Yaml(string text) => CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(text), "case.yaml", CaseFileFormat.Yaml, Kb.Instance.Vocabulary);

    private static CaseLoadResult Json(string text) => CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(text), "case.json", CaseFileFormat.Json, Kb.Instance.Vocabulary);

    [Fact]
    public void The_table_base_case_is_valid()
    {
        var result = Yaml(CaseErrorTable.ValidYaml);

        result.Errors.ShouldBeEmpty();
        result.Success.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(CaseErrorTable.Rows), MemberType = typeof(CaseErrorTable))]
    public void Each_error_is_reported_with_its_code_and_location_and_nothing_is_loaded(string code, string what, string yaml)
    {
        var result = Yaml(yaml);

        result.Case.ShouldBeNull(what);
        result.Errors.Select(e => e.Code).ShouldContain(code, what);
        result.Errors.Where(e => e.Code == code).ShouldAllBe(e => e.Location.File == "case.yaml" && e.Location.Line > 0 && e.Location.Path.StartsWith('$'));
    }

    public static TheoryData<string, byte[], string> FileLevelRows => new()
    {
        { CaseErrorCodes.EmptyFile, [], "case.yaml" },
        { CaseErrorCodes.EmptyFile, Encoding.UTF8.GetBytes("   \n\n"), "case.json" },
        { CaseErrorCodes.EmptyFile, Encoding.UTF8.GetBytes("# only a comment\n"), "case.yaml" },
        { CaseErrorCodes.NotText, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "case.yaml" },
        { CaseErrorCodes.NotText, [0x7B, 0xFF, 0xFE, 0x7D], "case.json" },
        { CaseErrorCodes.Syntax, Encoding.UTF8.GetBytes("{ \"schemaVersion\": 1, }"), "case.json" },
        { CaseErrorCodes.Syntax, Encoding.UTF8.GetBytes("{ \"schemaVersion\": 1 } trailing"), "case.json" },
        { CaseErrorCodes.WrongType, Encoding.UTF8.GetBytes("[1, 2, 3]"), "case.json" },
        { CaseErrorCodes.WrongType, Encoding.UTF8.GetBytes("just a sentence"), "case.yaml" },
    };

    [Theory]
    [MemberData(nameof(FileLevelRows))]
    public void File_level_problems_have_their_own_codes(string code, byte[] content, string file)
    {
        var result = CaseLoader.LoadBytes(content, file, CaseLoader.FormatOf(file)!.Value, Kb.Instance.Vocabulary);

        result.Success.ShouldBeFalse();
        result.Errors.Select(e => e.Code).ShouldContain(code);
    }

    [Fact]
    public void A_missing_file_is_ALK_CASE_001()
    {
        var result = CaseLoader.LoadFile(Path.Combine(Path.GetTempPath(), "alkboard-no-such-file.yaml"), Kb.Instance.Vocabulary);

        result.Errors.Single().Code.ShouldBe(CaseErrorCodes.FileNotFound);
    }

    [Fact]
    public void A_wrong_extension_is_ALK_CASE_005()
    {
        CaseLoader.LoadFile("case.txt", Kb.Instance.Vocabulary).Errors.Single().Code.ShouldBe(CaseErrorCodes.UnsupportedFormat);
    }

    [Fact]
    public void A_file_over_5_MB_is_ALK_CASE_004_and_is_not_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"alkboard-large-{Guid.NewGuid():N}.json");
        try
        {
            using (var stream = File.Create(path))
            {
                stream.SetLength(CaseLoader.MaxFileBytes + 1);
            }

            CaseLoader.LoadFile(path, Kb.Instance.Vocabulary).Errors.Single().Code.ShouldBe(CaseErrorCodes.FileTooLarge);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(CaseErrorTable.WarningRows), MemberType = typeof(CaseErrorTable))]
    public void Each_warning_is_shown_with_its_code_and_location_and_the_case_loads(string code, string what, string yaml)
    {
        var result = Yaml(yaml);

        result.Success.ShouldBeTrue(what);
        result.Warnings.Select(e => e.Code).ShouldContain(code, what);
        result.Warnings.ShouldAllBe(e => e.Severity == Alkboard.Core.Diagnostics.DiagnosticSeverity.Warning && e.Location.Line > 0);
    }

    [Fact]
    public void Every_error_code_is_covered_by_a_test_row()
    {
        var covered = CaseErrorTable.Rows.Select(row => row.Data.Item1)
            .Concat(CaseErrorTable.WarningRows.Select(row => row.Data.Item1))
            .Concat(FileLevelRows.Select(row => row.Data.Item1))
            .Concat([CaseErrorCodes.FileNotFound, CaseErrorCodes.UnsupportedFormat, CaseErrorCodes.FileTooLarge])
            .ToHashSet();

        CaseErrorCodes.All.Select(c => c.Code).Where(code => !covered.Contains(code)).ShouldBeEmpty();
    }

    [Fact]
    public void An_unknown_field_suggests_the_nearest_known_name_at_its_line_and_path()
    {
        var error = Yaml(CaseErrorTable.ValidYaml.Replace("ageAtDiagnosis: 30", "ageAtDiagnossis: 30", StringComparison.Ordinal)).Errors.Single();

        error.Code.ShouldBe(CaseErrorCodes.UnknownField);
        error.Message.ShouldContain("did you mean 'ageAtDiagnosis'");
        error.Location.Line.ShouldBe(3);
        error.Location.Path.ShouldBe("$.patient.ageAtDiagnossis");
    }

    [Fact]
    public void Json_errors_carry_line_column_and_path()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "source": { "citation": "Synthetic", "synthetic": true },
              "patient": { "id": "p1", "sex": "female" },
              "diagnoses": [ { "histology": "imt", "date": "2020-13" } ]
            }
            """;

        var error = Json(json).Errors.Single();

        error.Code.ShouldBe(CaseErrorCodes.InvalidDate);
        error.Location.Line.ShouldBe(5);
        error.Location.Path.ShouldBe("$.diagnoses[0].date");
    }

    [Fact]
    public void Malformed_json_points_at_the_line_of_the_fault()
    {
        var error = Json("{\n  \"schemaVersion\": 1,\n  \"source\": {\n}}}\n").Errors.Single();

        error.Code.ShouldBe(CaseErrorCodes.Syntax);
        error.Location.Line.ShouldBe(4);
    }

    [Fact]
    public void All_errors_of_a_file_are_reported_together()
    {
        var yaml = CaseErrorTable.ValidYaml
            .Replace("sex: female", "sex: femal", StringComparison.Ordinal)
            .Replace("grade: 3", "grade: 9", StringComparison.Ordinal)
            .Replace("end: 2021-03", "end: 2021-02-30", StringComparison.Ordinal);

        var codes = Yaml(yaml).Errors.Select(e => e.Code).ToList();

        codes.ShouldBe([CaseErrorCodes.InvalidChoice, CaseErrorCodes.InvalidDate, CaseErrorCodes.OutOfRange], ignoreOrder: true);
    }

    [Fact]
    public void Semantic_errors_point_at_the_offending_field()
    {
        var yaml = CaseErrorTable.ValidYaml.Replace("end: 2021-03", "end: 2019-12", StringComparison.Ordinal);

        var error = Yaml(yaml).Errors.Single(e => e.Code == CaseErrorCodes.EndBeforeStart);

        error.Location.Path.ShouldBe("$.therapyLines[0].end");
        error.Location.Line.ShouldBe(17);
    }

    [Fact]
    public void A_partial_date_that_might_be_in_order_is_not_an_error()
    {
        // Start "2020" and end "2020-03" may well be in order: nothing is invented, nothing is flagged.
        var yaml = CaseErrorTable.ValidYaml.Replace("start: 2020-02", "start: 2020", StringComparison.Ordinal).Replace("end: 2021-03", "end: 2020-03", StringComparison.Ordinal)
            .Replace("{ date: 2020-06, drug", "{ date: 2020-03, drug", StringComparison.Ordinal);

        Yaml(yaml).Errors.ShouldBeEmpty();
    }
}
