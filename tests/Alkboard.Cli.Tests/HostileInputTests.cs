using System.Text;
using Alkboard.Cli.Tests.Support;

namespace Alkboard.Cli.Tests;

/// <summary>Issue 14: every command that reads a case refuses hostile input with a located error and exit 1, never a stack trace.</summary>
public class HostileInputTests
{
    private static string Folder => Path.Combine(AlkboardCli.Root, "tests", "Alkboard.Cli.Tests", "Hostile");

    /// <summary>The crafted files and the code each must give.</summary>
    public static TheoryData<string, string> Files => new()
    {
        { "billion-laughs.yaml", "ALK-CASE-039" },
        { "self-alias.yaml", "ALK-CASE-039" },
        { "trailing-comma.json", "ALK-CASE-006" },
        { "binary.yaml", "ALK-CASE-003" },
        { "wrong-types.yaml", "ALK-CASE-012" },
        { "generated:deep.yaml", "ALK-CASE-040" },
        { "generated:deep.json", "ALK-CASE-040" },
        { "generated:long-string.yaml", "ALK-CASE-042" },
        { "generated:many-values.json", "ALK-CASE-041" },
        { "generated:huge.yaml", "ALK-CASE-004" },
        { "generated:missing.yaml", "ALK-CASE-001" },
    };

    private static string PathOf(string name)
    {
        if (!name.StartsWith("generated:", StringComparison.Ordinal))
        {
            return Path.Combine(Folder, name);
        }

        var file = Path.Combine(Path.GetTempPath(), "alkboard-hostile", name["generated:".Length..]);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var text = Path.GetFileName(file) switch
        {
            "deep.yaml" => string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000)),
            "deep.json" => string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000)),
            "long-string.yaml" => "schemaVersion: 1\nnotes: [\"" + new string('x', 200_000) + "\"]\n",
            "many-values.json" => "[" + string.Join(",", Enumerable.Repeat("0", 300_000)) + "]",
            "huge.yaml" => "notes:\n" + string.Concat(Enumerable.Repeat("  - \"" + new string('y', 1000) + "\"\n", 6000)),
            _ => null,
        };
        if (text is null)
        {
            File.Delete(file);
        }
        else
        {
            File.WriteAllText(file, text, Encoding.UTF8);
        }

        return file;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_case_command_refuses_it_with_a_located_code_and_exit_1(string name, string code)
    {
        var file = PathOf(name);
        foreach (var command in new[] { "validate", "show", "recist", "recommend" })
        {
            var (exit, stdout, stderr) = AlkboardCli.Run(command, file);

            exit.ShouldBe(ExitCodes.InvalidInput, $"{command} {name}: {stderr}");
            (stdout + stderr).ShouldContain(code, customMessage: $"{command} {name}");
            (stdout + stderr).ShouldNotContain("   at ", customMessage: $"{command} {name}: a stack trace");
            (stdout + stderr).ShouldNotContain("Unhandled", customMessage: $"{command} {name}");
        }
    }

    [Theory]
    [InlineData("billion-laughs.yaml")]
    [InlineData("self-alias.yaml")]
    public void A_cohort_folder_holding_a_hostile_file_is_refused_whole(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "alkboard-hostile-cohort", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(AlkboardCli.Root, "examples", "cases", "seed-003-cars1-alk-imt.yaml"), Path.Combine(folder, "a.yaml"));
        File.Copy(Path.Combine(Folder, name), Path.Combine(folder, "b.yaml"));

        var (exit, _, stderr) = AlkboardCli.Run("cohort", "response", folder);

        exit.ShouldBe(ExitCodes.InvalidInput);
        stderr.ShouldContain("ALK-CASE-039");
    }

    [Fact]
    public void An_unwritable_plot_path_is_a_clear_error_and_leaves_nothing_behind()
    {
        var (exit, _, stderr) = AlkboardCli.Run("cohort", "survival", "examples/cases", "--plot", "README.md/km.png");

        exit.ShouldBe(ExitCodes.InvalidInput);
        stderr.ShouldStartWith("alkboard: cannot write 'README.md/km.png'");
        Directory.EnumerateFiles(AlkboardCli.Root, ".km.*").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("--tumor", "IMTT", "did you mean 'IMT'")]
    public void An_unknown_tumor_type_is_a_usage_error_naming_the_nearest(string option, string value, string hint)
    {
        var (exit, _, stderr) = AlkboardCli.Run("interpret", "ALK G1202R", option, value);

        exit.ShouldBe(ExitCodes.Usage);
        stderr.ShouldContain(hint);
    }

    [Fact]
    public void Options_are_matched_case_insensitively()
    {
        AlkboardCli.Run("recommend", "examples/cases/seed-003-cars1-alk-imt.yaml", "--jurisdiction", "kr").ExitCode.ShouldBe(ExitCodes.Ok);
        AlkboardCli.Run("interpret", "ALK G1202R", "--tumor", "imt").ExitCode.ShouldBe(ExitCodes.Ok);
    }

    [Fact]
    public void A_malformed_number_option_says_what_it_expects_in_words()
    {
        var (exit, _, stderr) = AlkboardCli.Run("recist", "examples/cases/seed-003-cars1-alk-imt.yaml", "--line", "abc");

        exit.ShouldBe(ExitCodes.Usage);
        stderr.ShouldContain("as a whole number");
        stderr.ShouldNotContain("System.");
    }
}
