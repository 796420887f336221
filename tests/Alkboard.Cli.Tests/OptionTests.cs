using Alkboard.Cli.Tests.Support;

namespace Alkboard.Cli.Tests;

/// <summary>Typed options: values parse before any input is read; a bad one is a usage error naming the option and what it accepts.</summary>
public class OptionTests
{
    [Theory]
    [InlineData(new[] { "recommend", "examples/cases/seed-003-cars1-alk-imt.yaml", "--as-of", "2020-13" }, "--as-of: '2020-13' is not a date")]
    [InlineData(new[] { "recommend", "examples/cases/seed-003-cars1-alk-imt.yaml", "--format", "pdf" }, "--format: 'pdf' is not one of md, html, json, table")]
    [InlineData(new[] { "show", "examples/cases/seed-003-cars1-alk-imt.yaml", "--format", "xml" }, "--format: 'xml' is not one of table, json")]
    [InlineData(new[] { "cohort", "survival", "examples/cases", "--endpoint", "dfs" }, "--endpoint: 'dfs' is not one of os, pfs, tot")]
    [InlineData(new[] { "cohort", "survival", "examples/cases", "--ties", "exact" }, "--ties: 'exact' is not one of efron, breslow")]
    [InlineData(new[] { "cohort", "survival", "examples/cases", "--group", "drug" }, "--group: 'drug' is not a patient variable")]
    [InlineData(new[] { "cohort", "response", "examples/cases", "--by", "weight" }, "--by: 'weight' is not one of drug, line, all, sex, ageGroup, histology, partner, surgery, cns")]
    public void A_value_outside_the_option_is_a_usage_error_naming_what_it_accepts(string[] args, string message)
    {
        var (code, stdout, stderr) = AlkboardCli.Run(args);

        code.ShouldBe(ExitCodes.Usage);
        stderr.ShouldContain(message);
        stdout.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("--confirm-days", "abc")]
    [InlineData("--sd-min-days", "99999999999")]
    [InlineData("--baseline-window-days", "4000")]
    public void A_recist_day_option_that_is_not_a_day_count_is_a_usage_error(string option, string value)
    {
        var (code, _, stderr) = AlkboardCli.Run("recist", "examples/cases/seed-003-cars1-alk-imt.yaml", option, value);

        code.ShouldBe(ExitCodes.Usage, stderr);
        stderr.ShouldNotContain("ALK-INTERNAL");
    }

    [Theory]
    [InlineData("cohort", "survival", "--csv", "", "--time", "t", "--event", "e")]
    [InlineData("kb", "info", "--kb", "")]
    public void An_empty_path_is_a_clear_error_not_an_internal_one(params string[] args)
    {
        var (code, _, stderr) = AlkboardCli.Run(args);

        code.ShouldBeOneOf(ExitCodes.InvalidInput, ExitCodes.Usage);
        stderr.ShouldNotContain("ALK-INTERNAL");
    }

    [Theory]
    [InlineData("--format", "JSON")]
    [InlineData("-f", "json")]
    public void Choice_words_match_ignoring_case_and_aliases_work(string option, string value)
    {
        var (code, stdout, _) = AlkboardCli.Run("show", "examples/cases/seed-003-cars1-alk-imt.yaml", option, value);

        code.ShouldBe(ExitCodes.Ok);
        stdout.TrimStart().ShouldStartWith("{");
    }

    [Fact]
    public void Help_lists_the_words_an_option_accepts()
    {
        var (_, stdout, _) = AlkboardCli.Run("cohort", "survival", "--help");

        stdout.ShouldContain("--endpoint <os|pfs|tot>");
        stdout.ShouldContain("--ties <efron|breslow>");
    }

    [Fact]
    public void Every_option_code_and_the_internal_code_have_a_row_in_the_error_reference()
    {
        var doc = File.ReadAllText(Path.Combine(AlkboardCli.Root, "docs", "case-errors.md"));
        var codes = typeof(OptionErrorCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).Append(ExitCodes.InternalErrorCode).ToList();

        codes.Count.ShouldBeGreaterThan(2);
        codes.Where(c => !doc.Contains($"| `{c}` |", StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
