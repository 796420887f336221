using System.Text.Json;
using System.Xml.Linq;
using Alkboard.Cli.Tests.Support;

namespace Alkboard.Cli.Tests;

public class CohortCommandTests
{
    /// <summary>The project's own survival data set with heavy ties; R's values for it are committed beside it.</summary>
    private static string Synthetic => Path.Combine(AlkboardCli.Root, "tests", "Alkboard.Core.Tests", "Cohorts", "Data", "synthetic_ties.csv");

    private static Dictionary<string, double> RValues() =>
        File.ReadLines(Path.Combine(AlkboardCli.Root, "tests", "Alkboard.Core.Tests", "Cohorts", "RReference", "synthetic_ties.tsv"))
            .Select(l => l.Split('\t')).Where(p => double.TryParse(p[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            .ToDictionary(p => p[0], p => double.Parse(p[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), "alkboard-cli-tests", Guid.NewGuid().ToString("N"), name);

    [Fact]
    public void Survival_json_follows_the_documented_contract_with_R_values()
    {
        var (code, stdout, stderr) = AlkboardCli.Run("cohort", "survival", "--csv", Synthetic, "--time", "time", "--event", "status", "--group", "group", "--format", "json");

        code.ShouldBe(ExitCodes.Ok, stderr);
        var r = RValues();
        var root = JsonDocument.Parse(stdout).RootElement;
        var groups = root.GetProperty("groups").EnumerateArray().ToList();
        groups.Select(g => g.GetProperty("name").GetString()).ShouldBe(["A", "B", "C"]);
        foreach (var g in groups)
        {
            var name = g.GetProperty("name").GetString();
            g.GetProperty("n").GetInt32().ShouldBe((int)r[$"km.{name}.log.n.risk[1]"]);
            g.GetProperty("median").GetDouble().ShouldBe(r[$"km.{name}.log.quantile[2]"]);
            g.GetProperty("medianLower").GetDouble().ShouldBe(r[$"km.{name}.log.quantile.lower[2]"]);
            g.GetProperty("medianUpper").GetDouble().ShouldBe(r[$"km.{name}.log.quantile.upper[2]"]);
        }

        root.GetProperty("logRank").GetProperty("df").GetInt32().ShouldBe(2);
        root.GetProperty("logRank").GetProperty("chiSquare").GetDouble().ShouldBe(r["logrank.chisq"], 1e-8);
        root.GetProperty("logRank").GetProperty("p").GetDouble().ShouldBe(r["logrank.p"], 1e-8);
        var terms = root.GetProperty("cox").GetProperty("terms").EnumerateArray().ToList();
        terms.Count.ShouldBe(2);
        for (var i = 0; i < terms.Count; i++)
        {
            terms[i].GetProperty("hazardRatio").GetDouble().ShouldBe(r[$"cox.efron.hr[{i + 1}]"], 1e-8);
            terms[i].GetProperty("lower").GetDouble().ShouldBe(r[$"cox.efron.lower[{i + 1}]"], 1e-8);
            terms[i].GetProperty("upper").GetDouble().ShouldBe(r[$"cox.efron.upper[{i + 1}]"], 1e-8);
            terms[i].GetProperty("p").GetDouble().ShouldBe(r[$"cox.efron.p[{i + 1}]"], 1e-8);
        }
    }

    [Fact]
    public void A_median_not_reached_is_null()
    {
        var csv = Temp("few.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(csv)!);
        File.WriteAllText(csv, "months,dead,arm\n3,0,a\n5,1,a\n9,0,a\n12,0,a\n4,1,b\n6,1,b\n8,1,b\n");

        var (_, stdout, _) = AlkboardCli.Run("cohort", "survival", "--csv", csv, "--time", "months", "--event", "dead", "--group", "arm", "-f", "json");

        var a = JsonDocument.Parse(stdout).RootElement.GetProperty("groups")[0];
        a.GetProperty("median").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void The_seed_cohort_response_and_survival_print()
    {
        var response = AlkboardCli.Run("cohort", "response", "examples/cases", "--by", "drug", "-f", "json");
        var survival = AlkboardCli.Run("cohort", "survival", "examples/cases", "--endpoint", "os");

        response.ExitCode.ShouldBe(ExitCodes.Ok);
        JsonDocument.Parse(response.Out).RootElement.GetProperty("patients").GetInt32().ShouldBe(6);
        survival.ExitCode.ShouldBe(ExitCodes.Ok);
        survival.Out.ShouldContain("Left out: seed-001-p1");
        Snapshot.Match("cohort.response.by-drug", AlkboardCli.Run("cohort", "response", "examples/cases").Out);
    }

    [Theory]
    [InlineData("km.svg", "survival")]
    [InlineData("km.png", "survival")]
    [InlineData("swimmer.svg", "swimmer")]
    [InlineData("swimmer.png", "swimmer")]
    [InlineData("waterfall.svg", "waterfall")]
    [InlineData("waterfall.png", "waterfall")]
    public void Plots_are_well_formed_and_not_empty(string file, string kind)
    {
        var path = Temp(file);
        var args = kind == "survival"
            ? new[] { "cohort", "survival", "--csv", Synthetic, "--time", "time", "--event", "status", "--group", "group", "--plot", path }
            : new[] { "cohort", kind, "examples/cases", "--plot", path };

        var (code, _, stderr) = AlkboardCli.Run(args);

        code.ShouldBe(ExitCodes.Ok, stderr);
        if (file.EndsWith(".svg", StringComparison.Ordinal))
        {
            var svg = XDocument.Load(path);
            svg.Root!.Name.LocalName.ShouldBe("svg");
            svg.Descendants().Count().ShouldBeGreaterThan(20);
        }
        else
        {
            var bytes = File.ReadAllBytes(path);
            bytes.Take(8).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
            bytes.Length.ShouldBeGreaterThan(5000);
            var width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
            width.ShouldBe(900);
        }
    }

    [Theory]
    [InlineData("cohort", "survival", "examples/cases", "--csv", "x.csv", "--time", "t", "--event", "e")]
    [InlineData("cohort", "survival", "--csv", "x.csv")]
    [InlineData("cohort", "survival", "examples/cases", "--plot", "km.pdf")]
    [InlineData("cohort", "response", "examples/cases", "--by", "colour")]
    [InlineData("cohort", "swimmer", "examples/cases")]
    public void Usage_errors_exit_2(params string[] args)
    {
        AlkboardCli.Run(args).ExitCode.ShouldBe(ExitCodes.Usage);
    }

    [Fact]
    public void A_missing_column_is_invalid_input_naming_the_columns()
    {
        var (code, _, stderr) = AlkboardCli.Run("cohort", "survival", "--csv", Synthetic, "--time", "days", "--event", "status");

        code.ShouldBe(ExitCodes.InvalidInput);
        stderr.ShouldContain("no column 'days'");
        stderr.ShouldContain("time, status, group, stratum");
    }
}
