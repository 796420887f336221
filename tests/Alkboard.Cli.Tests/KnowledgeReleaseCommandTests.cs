using Alkboard.Cli.Tests.Support;

namespace Alkboard.Cli.Tests;

/// <summary><c>kb publish</c>, <c>kb releases</c> and <c>--kb-release</c>: a decision re-run on exactly the release it used.</summary>
public sealed class KnowledgeReleaseCommandTests : IDisposable
{
    private const string Case = "examples/cases/seed-003-cars1-alk-imt.yaml";
    private readonly string releases = Directory.CreateTempSubdirectory("alkboard-cli-releases-").FullName;

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(releases, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(releases, recursive: true);
    }

    private string Publish()
    {
        var (code, stdout, stderr) = AlkboardCli.Run("kb", "publish", "--to", releases);
        code.ShouldBe(ExitCodes.Ok, stderr);
        stdout.ShouldStartWith("published release ");
        return Directory.GetDirectories(releases).Single();
    }

    [Fact]
    public void A_recommendation_on_the_published_release_is_byte_identical_to_one_on_the_folder()
    {
        var release = Path.GetFileName(Publish());

        var plain = AlkboardCli.Run("recommend", Case, "--format", "json");
        var pinned = AlkboardCli.Run("recommend", Case, "--format", "json", "--kb", releases, "--kb-release", release);

        pinned.ExitCode.ShouldBe(ExitCodes.Ok, pinned.Error);
        pinned.Out.ShouldBe(plain.Out);
        pinned.Out.ShouldContain($"\"{release}\"");
    }

    [Fact]
    public void Publishing_the_same_release_twice_is_refused_and_changes_nothing()
    {
        Publish();

        var (code, _, stderr) = AlkboardCli.Run("kb", "publish", "--to", releases);

        code.ShouldBe(ExitCodes.InvalidInput);
        stderr.ShouldContain("ALK-KB-017");
        stderr.ShouldContain("nothing published");
    }

    [Fact]
    public void Releases_lists_and_verifies_and_a_modified_release_is_exit_1_and_refused_for_decisions()
    {
        var folder = Publish();
        var release = Path.GetFileName(folder);
        AlkboardCli.Run("kb", "releases", releases).Out.ShouldContain($"{release}: ");

        var statements = Path.Combine(folder, "statements.yaml");
        File.SetAttributes(statements, FileAttributes.Normal);
        File.AppendAllText(statements, "\n");

        var listed = AlkboardCli.Run("kb", "releases", releases, "--format", "json");
        listed.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        listed.Out.ShouldContain("\"verified\": false");
        var decided = AlkboardCli.Run("recommend", Case, "--kb", releases, "--kb-release", release);
        decided.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        decided.Error.ShouldContain("statements.yaml: error ALK-KB-016");
    }

    [Fact]
    public void A_release_without_its_folder_or_an_unknown_release_is_named()
    {
        AlkboardCli.Run("kb", "info", "--kb-release").ExitCode.ShouldBe(ExitCodes.Usage);
        var unknown = AlkboardCli.Run("kb", "info", "--kb", releases, "--kb-release", "1999.1.0");
        unknown.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        unknown.Error.ShouldContain("ALK-KB-018");
    }
}
