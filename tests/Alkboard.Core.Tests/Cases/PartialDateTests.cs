using Alkboard.Core.Cases;

namespace Alkboard.Core.Tests.Cases;

public class PartialDateTests
{
    [Theory]
    [InlineData("2019", "2019-01-01", "2019-12-31", DatePrecision.Year)]
    [InlineData("2019-05", "2019-05-01", "2019-05-31", DatePrecision.Month)]
    [InlineData("2020-02", "2020-02-01", "2020-02-29", DatePrecision.Month)]
    [InlineData("2023-02-09", "2023-02-09", "2023-02-09", DatePrecision.Day)]
    [InlineData("2022-08/2023-02-09", "2022-08-01", "2023-02-09", DatePrecision.Range)]
    [InlineData(" 2019-05 ", "2019-05-01", "2019-05-31", DatePrecision.Month)]
    public void Parses_each_precision_to_its_day_interval(string text, string earliest, string latest, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        date.Success.ShouldBeTrue(date.Message);
        date.Value.Earliest.ShouldBe(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture));
        date.Value.Latest.ShouldBe(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture));
        date.Value.Precision.ShouldBe(precision);
    }

    [Theory]
    [InlineData("")]
    [InlineData("May 2019")]
    [InlineData("2019-5")]
    [InlineData("19-05")]
    [InlineData("2019-13")]
    [InlineData("2019-00")]
    [InlineData("2021-02-29")]
    [InlineData("2019-04-31")]
    [InlineData("1899")]
    [InlineData("2023-02/2022-01")]
    [InlineData("2019-05-01T00:00")]
    public void Rejects_what_is_not_a_calendar_date(string text)
    {
        var date = PartialDate.Parse(text);

        date.Success.ShouldBeFalse();
        date.Code.ShouldBe(CaseErrorCodes.InvalidDate);
    }

    [Fact]
    public void May_2019_to_October_2021_is_28_to_30_months_never_an_invented_day()
    {
        var span = PartialDate.Between(PartialDate.ParseOrThrow("2019-05"), PartialDate.ParseOrThrow("2021-10"));

        span.MinDays.ShouldBe(854); // 2019-05-31 .. 2021-10-01
        span.MaxDays.ShouldBe(914); // 2019-05-01 .. 2021-10-31
        span.IsExact.ShouldBeFalse();
        span.ToDisplayString().ShouldBe("28–30 months");
    }

    [Fact]
    public void Exact_dates_give_an_exact_duration()
    {
        var span = PartialDate.Between(PartialDate.ParseOrThrow("2012-02-01"), PartialDate.ParseOrThrow("2021-08-31"));

        span.IsExact.ShouldBeTrue();
        span.MinDays.ShouldBe(3499);
        span.ToDisplayString().ShouldBe("115.0 months");
    }

    [Fact]
    public void Short_spans_are_given_in_days()
    {
        PartialDate.Between(PartialDate.ParseOrThrow("2023-03-01"), PartialDate.ParseOrThrow("2023-03-11")).ToDisplayString().ShouldBe("10 days");
    }

    [Fact]
    public void Ordering_is_by_earliest_then_latest_day()
    {
        var dates = new[] { "2019-05-14", "2019", "2019-05", "2018-12-31", "2019-05/2019-06" }.Select(PartialDate.ParseOrThrow).ToList();

        dates.Sort();

        dates.Select(d => d.Text).ShouldBe(["2018-12-31", "2019", "2019-05", "2019-05/2019-06", "2019-05-14"]);
    }

    [Fact]
    public void Certainly_before_only_when_no_unknown_day_can_reverse_it()
    {
        var may = PartialDate.ParseOrThrow("2019-05");
        var year = PartialDate.ParseOrThrow("2019");
        var june = PartialDate.ParseOrThrow("2019-06-01");

        may.IsCertainlyBefore(june).ShouldBeTrue();
        year.IsCertainlyBefore(june).ShouldBeFalse();
        year.Overlaps(may).ShouldBeTrue();
        june.IsCertainlyAfter(may).ShouldBeTrue();
    }
}
