using Alkboard.Core.Cases;
using Alkboard.Core.Cohorts;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Cohorts;

public class CohortTests
{
    [Fact]
    public void The_seed_cohort_loads_every_case_with_its_variables()
    {
        var (cohort, errors) = Cohort.LoadFolder(RepoPaths.Examples, Kb.Instance.Vocabulary);

        errors.ShouldBeEmpty();
        cohort!.Patients.Count.ShouldBe(6);
        cohort.Patients.Single(p => p.Case.Patient.Id == "seed-004").Variables["ageGroup"].ShouldBe("pediatric");
        cohort.Patients.Single(p => p.Case.Patient.Id == "seed-003").Variables["partner"].ShouldBe("CARS1");
    }

    [Fact]
    public void Crizotinib_lines_of_the_seed_cohort_pool_like_a_case_series()
    {
        var (cohort, _) = Cohort.LoadFolder(RepoPaths.Examples, Kb.Instance.Vocabulary);

        var crizotinib = ResponseRates.By(ResponseRates.Rows(cohort!), "drug").Single(r => r.Group == "crizotinib");

        crizotinib.Lines.ShouldBe(6);
        (crizotinib.Cr, crizotinib.Pr).ShouldBe((1, 2));
        crizotinib.Orr.Successes.ShouldBe(3);
        crizotinib.Orr.Total.ShouldBe(crizotinib.Evaluable);
    }

    [Fact]
    public void Patients_without_dates_are_left_out_of_survival_with_the_reason()
    {
        var (cohort, _) = Cohort.LoadFolder(RepoPaths.Examples, Kb.Instance.Vocabulary);

        var (sample, excluded) = SurvivalAnalyzer.FromCohort(cohort!, "os", "all");

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

        var (cohort, errors) = Cohort.LoadFolder(dir, Kb.Instance.Vocabulary);

        cohort.ShouldBeNull();
        errors.ShouldContain(e => e.Location.File.EndsWith("b.yaml", StringComparison.Ordinal) && e.Code == CaseErrorCodes.MissingField);
    }

    [Fact]
    public void Response_between_subgroups_is_compared_by_chi_square_and_Fisher()
    {
        var (cohort, _) = Cohort.LoadFolder(RepoPaths.Examples, Kb.Instance.Vocabulary);

        var comparison = ResponseRates.Compare(ResponseRates.By(ResponseRates.Rows(cohort!), "ageGroup"))!;

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
        var table = SurvivalTableReader.Read(text, "t", "e");

        table.EventCoding.ShouldBe(coding);
        table.Sample.Event.Count(e => e).ShouldBe(events);
    }

    [Theory]
    [InlineData("t,e\n5,1\n", "time", "e", "no column 'time'")]
    [InlineData("t,e\n5,1\nfive,0\n", "t", "e", "line 3, column 't'")]
    [InlineData("t,e\n5,1\n6,3\n", "t", "e", "not 0/1, 1/2 or true/false")]
    [InlineData("t,e\n5,1,9\n", "t", "e", "line 2: 3 fields")]
    public void Bad_tables_name_the_line_and_column(string text, string time, string ev, string message)
    {
        Should.Throw<FormatException>(() => SurvivalTableReader.Read(text, time, ev)).Message.ShouldContain(message);
    }

    [Fact]
    public void A_header_of_a_million_columns_is_refused_before_it_is_split()
    {
        var text = "t,e" + string.Concat(Enumerable.Repeat(",x", 1_000_000)) + "\n5,1\n";

        Should.Throw<FormatException>(() => SurvivalTableReader.Read(text, "t", "e")).Message.ShouldContain("ALK-CSV-001");
    }

    [Fact]
    public void More_distinct_groups_than_a_comparison_can_hold_are_refused_at_the_row()
    {
        var text = "t,e,g\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"{i + 1},1,group{i}\n"));

        var message = Should.Throw<FormatException>(() => SurvivalTableReader.Read(text, "t", "e", "g")).Message;
        message.ShouldContain("ALK-CSV-002");
        message.ShouldContain("line 102"); // header on line 1, the 101st group on line 102
    }

    [Fact]
    public void Rows_with_missing_values_are_left_out_and_counted()
    {
        var table = SurvivalTableReader.Read("t,e\n5,1\nNA,0\n7,\n9,1\n", "t", "e");

        table.Sample.Count.ShouldBe(2);
        table.Excluded.Count.ShouldBe(2);
    }
}
