using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Cohorts;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Cohorts;

public class CohortTests
{
    private static Cohort Seed()
    {
        var loaded = CaseFolder.Load(RepoPaths.Examples, Kb.Instance.Vocabulary);
        loaded.Errors.ShouldBeEmpty();
        return Cohort.FromCases(loaded.Cases.Select(l => (l.File, l.Case!)));
    }

    [Fact]
    public void Survival_groups_are_patient_variables_never_line_variables()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => SurvivalAnalyzer.FromCohort(Seed(), SurvivalEndpoint.OverallSurvival, CohortVariable.Drug));
    }

    [Fact]
    public void A_missing_or_empty_folder_is_a_located_error()
    {
        var empty = Directory.CreateTempSubdirectory("alkboard-cohort-").FullName;
        try
        {
            CaseFolder.Load(Path.Combine(empty, "none"), Kb.Instance.Vocabulary).Errors.Single().Code.ShouldBe(CaseErrorCodes.FileNotFound);
            CaseFolder.Load(empty, Kb.Instance.Vocabulary).Errors.Single().Code.ShouldBe(CaseErrorCodes.EmptyFile);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void The_seed_cohort_loads_every_case_with_its_variables()
    {
        var cohort = Seed();

        cohort.Patients.Count.ShouldBe(6);
        cohort.Patients.Single(p => p.Case.Patient.Id == "seed-004").Variables[CohortVariable.AgeGroup].ShouldBe("pediatric");
        cohort.Patients.Single(p => p.Case.Patient.Id == "seed-003").Variables[CohortVariable.Partner].ShouldBe("CARS1");
        cohort.Patients.ShouldAllBe(p => CohortVariables.PatientVariables.All(p.Variables.ContainsKey));
    }

    [Fact]
    public void Crizotinib_lines_of_the_seed_cohort_pool_like_a_case_series()
    {
        var cohort = Seed();

        var crizotinib = ResponseRates.By(ResponseRates.Rows(cohort), CohortVariable.Drug).Single(r => r.Group == "crizotinib");

        crizotinib.Lines.ShouldBe(6);
        (crizotinib.Cr, crizotinib.Pr).ShouldBe((1, 2));
        crizotinib.Orr.Successes.ShouldBe(3);
        crizotinib.Orr.Total.ShouldBe(crizotinib.Evaluable);
    }

    [Fact]
    public void Patients_without_dates_are_left_out_of_survival_with_the_reason()
    {
        var cohort = Seed();

        var (sample, excluded) = SurvivalAnalyzer.FromCohort(cohort, SurvivalEndpoint.OverallSurvival, CohortVariable.All);

        sample.Count.ShouldBe(3);
        excluded.ShouldContain(e => e.StartsWith("seed-001-p1", StringComparison.Ordinal));
    }

    [Fact]
    public void An_invalid_case_file_makes_the_cohort_invalid_and_is_named()
    {
        var dir = Path.Combine(Path.GetTempPath(), "alkboard-cohort", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.Copy(Path.Combine(RepoPaths.Examples, "seed-003-cars1-alk-imt.yaml"), Path.Combine(dir, "a.yaml"));
        File.WriteAllText(Path.Combine(dir, "b.yaml"), "schemaVersion: 1\n");

        var loaded = CaseFolder.Load(dir, Kb.Instance.Vocabulary);

        loaded.Success.ShouldBeFalse();
        loaded.Cases.ShouldBeEmpty();
        loaded.Errors.ShouldContain(e => e.Location.File.EndsWith("b.yaml", StringComparison.Ordinal) && e.Code == CaseErrorCodes.MissingField);
    }

    [Fact]
    public void Response_between_subgroups_is_compared_by_chi_square_and_Fisher()
    {
        var cohort = Seed();

        var comparison = ResponseRates.Compare(ResponseRates.By(ResponseRates.Rows(cohort), CohortVariable.AgeGroup))!;

        comparison.Groups.ShouldBe(["adult", "pediatric", "unknown"]);
        comparison.Table.GetLength(0).ShouldBe(3);
        comparison.ChiSquare.DegreesOfFreedom.ShouldBe(2);
        comparison.FisherP!.Value.ShouldBeInRange(0.0, 1.0);
    }

    [Theory]
    [InlineData("t,e\n5,1\n8,0\n9,1\n", "0/1 (1 = event)", 2)]
    [InlineData("t,e\n5,2\n8,1\n9,2\n", "1/2 (R survival: 1 = censored, 2 = event)", 2)]
    [InlineData("t\te\n5\ttrue\n8\tfalse\n9\tTRUE\n", "true/false", 2)]
    public void Event_columns_accept_0_1_and_R_1_2_and_true_false(string text, string coding, int events)
    {
        var table = SurvivalTableReader.Read(text, "t", "e").Table!;

        table.EventCoding.ShouldBe(coding);
        table.Sample.Event.Count(e => e).ShouldBe(events);
    }

    [Theory]
    [InlineData("", "t", "e", "ALK-CSV-004", "x.csv:1:0: error ALK-CSV-004: the file is empty")]
    [InlineData("t,e\n5,1\n", "time", "e", "ALK-CSV-005", "x.csv:1:0: error ALK-CSV-005 at column 'time': no column 'time'; the columns are t, e")]
    [InlineData("t,e\n5,1,9\n", "t", "e", "ALK-CSV-006", "x.csv:2:0: error ALK-CSV-006: 3 fields, the header has 2")]
    [InlineData("t,e\n5,1\nfive,0\n", "t", "e", "ALK-CSV-007", "x.csv:3:0: error ALK-CSV-007 at column 't': 'five' is not a non-negative time")]
    [InlineData("t,e\n5,1\n1e999,0\n", "t", "e", "ALK-CSV-007", "x.csv:3:0: error ALK-CSV-007 at column 't': '1e999' is not a non-negative time")]
    [InlineData("t,e\n5,1\n6,3\n", "t", "e", "ALK-CSV-008", "error ALK-CSV-008 at column 'e': values 1, 3 are not 0/1, 1/2 or true/false")]
    public void Bad_tables_are_returned_as_located_diagnostics_not_thrown(string text, string time, string ev, string code, string shown)
    {
        var result = SurvivalTableReader.Read(text, time, ev, file: "x.csv");

        result.Success.ShouldBeFalse();
        result.Diagnostics.Select(d => d.Code).ShouldBe([code]);
        result.Diagnostics[0].ToString().ShouldContain(shown);
    }

    [Fact]
    public void Every_bad_row_is_reported_not_only_the_first()
    {
        var result = SurvivalTableReader.Read("t,e\n5,1\nx,0\n7,1\n-2,1\n8,0,3\n", "t", "e", file: "x.csv");

        result.Diagnostics.Select(d => (d.Code, d.Location.Line)).ShouldBe([("ALK-CSV-007", 3), ("ALK-CSV-007", 5), ("ALK-CSV-006", 6)]);
    }

    [Fact]
    public void A_file_of_bad_rows_stops_after_the_error_limit_and_says_so()
    {
        var text = "t,e\n" + string.Concat(Enumerable.Repeat("x,1\n", 1_000));

        var result = SurvivalTableReader.Read(text, "t", "e", file: "x.csv");

        result.Diagnostics.Length.ShouldBe(SurvivalTableReader.MaxErrors + 1);
        result.Diagnostics[^1].Message.ShouldContain("reading stopped after 100 errors");
    }

    [Fact]
    public void A_header_of_a_million_columns_is_refused_before_it_is_split()
    {
        var text = "t,e" + string.Concat(Enumerable.Repeat(",x", 1_000_000)) + "\n5,1\n";

        SurvivalTableReader.Read(text, "t", "e").Diagnostics.Single().Code.ShouldBe(SurvivalTableErrorCodes.TooManyColumns);
    }

    [Fact]
    public void More_distinct_groups_than_a_comparison_can_hold_are_refused_at_the_row()
    {
        var text = "t,e,g\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"{i + 1},1,group{i}\n"));

        var error = SurvivalTableReader.Read(text, "t", "e", "g").Diagnostics.Single();
        error.Code.ShouldBe(SurvivalTableErrorCodes.TooManyGroups);
        error.Location.Line.ShouldBe(102); // header on line 1, the 101st group on line 102
    }

    [Fact]
    public void A_file_that_is_missing_too_large_or_not_text_is_a_diagnostic()
    {
        var folder = Directory.CreateTempSubdirectory("alkboard-csv-").FullName;
        try
        {
            var binary = Path.Combine(folder, "b.csv");
            File.WriteAllBytes(binary, [(byte)'t', (byte)',', (byte)'e', (byte)'\n', 0xFF, 0xFE, (byte)'\n']);

            SurvivalTableReader.ReadFile(Path.Combine(folder, "none.csv"), "t", "e").Diagnostics.Single().Message.ShouldBe("no such file");
            SurvivalTableReader.ReadFile(binary, "t", "e").Diagnostics.Single().Message.ShouldBe("the file is not UTF-8 text");
            SurvivalTableReader.ReadFile(folder, "t", "e").Diagnostics.Single().Code.ShouldBe(SurvivalTableErrorCodes.Unreadable);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Rows_with_missing_values_are_left_out_and_counted()
    {
        var table = SurvivalTableReader.Read("t,e\n5,1\nNA,0\n7,\n9,1\n", "t", "e").Table!;

        table.Sample.Count.ShouldBe(2);
        table.Excluded.Count.ShouldBe(2);
    }
}
