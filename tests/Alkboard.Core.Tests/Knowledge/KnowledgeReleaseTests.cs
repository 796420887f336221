using Alkboard.Core.Knowledge;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Knowledge;

/// <summary>Published releases: read-only copies with a manifest, loaded by id, never overwritten, refused when changed.</summary>
public sealed class KnowledgeReleaseTests : IDisposable
{
    private readonly string releases = Directory.CreateTempSubdirectory("alkboard-releases-").FullName;

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(releases, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(releases, recursive: true);
    }

    private PublishedRelease PublishCurrent()
    {
        var (release, problems) = KnowledgeReleases.Publish(Kb.Folder, releases);
        problems.ShouldBeEmpty();
        return release!;
    }

    [Fact]
    public void A_published_release_loads_by_its_id_with_the_same_content_as_the_folder()
    {
        var release = PublishCurrent();

        var (kb, problems) = KnowledgeReleases.Load(releases, Kb.Instance.Release);

        problems.ShouldBeEmpty();
        release.Id.ShouldBe(Kb.Instance.Release);
        kb!.Release.ShouldBe(Kb.Instance.Release);
        kb.Statements.Length.ShouldBe(Kb.Instance.Statements.Length);
        kb.Statements.Select(s => s.Id).ShouldBe(Kb.Instance.Statements.Select(s => s.Id));
        File.ReadAllLines(Path.Combine(release.Folder, KnowledgeReleases.ManifestFile)).Length.ShouldBe(release.Files);
        KnowledgeReleases.List(releases).Single().Verified.ShouldBeTrue();
    }

    [Fact]
    public void The_content_digest_of_a_published_release_is_the_sha256_of_its_manifest_and_equals_the_folders()
    {
        var release = PublishCurrent();
        var manifest = File.ReadAllBytes(Path.Combine(release.Folder, KnowledgeReleases.ManifestFile));

        var (kb, _) = KnowledgeReleases.Load(releases, release.Id);

        kb!.ContentDigest.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(manifest)));
        kb.ContentDigest.ShouldBe(Kb.Instance.ContentDigest);
        kb.ContentDigest.Length.ShouldBe(64);
    }

    [Fact]
    public void A_working_copy_edited_without_a_release_bump_has_another_digest()
    {
        var copy = Directory.CreateTempSubdirectory("alkboard-kb-copy-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(Kb.Folder, "*", SearchOption.AllDirectories))
            {
                var to = Path.Combine(copy, Path.GetRelativePath(Kb.Folder, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }

            File.AppendAllText(Path.Combine(copy, "drugs.yaml"), "\n# an edit\n");
            var (edited, problems) = KnowledgeLoader.Load(copy);

            problems.ShouldBeEmpty();
            edited!.Release.ShouldBe(Kb.Instance.Release);
            edited.ContentDigest.ShouldNotBe(Kb.Instance.ContentDigest);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void Every_published_file_is_read_only()
    {
        var release = PublishCurrent();

        Directory.EnumerateFiles(release.Folder, "*", SearchOption.AllDirectories)
            .ShouldAllBe(f => File.GetAttributes(f).HasFlag(FileAttributes.ReadOnly));
    }

    [Fact]
    public void A_release_id_is_never_published_twice()
    {
        PublishCurrent();

        var (again, problems) = KnowledgeReleases.Publish(Kb.Folder, releases);

        again.ShouldBeNull();
        problems.Single().Code.ShouldBe(KnowledgeErrorCodes.ReleaseExists);
        Directory.GetDirectories(releases).Length.ShouldBe(1);
    }

    [Theory]
    [InlineData("changed")]
    [InlineData("added")]
    [InlineData("removed")]
    public void A_release_that_differs_from_its_manifest_is_refused_naming_the_file(string change)
    {
        var release = PublishCurrent();
        var drugs = Path.Combine(release.Folder, "drugs.yaml");
        File.SetAttributes(drugs, FileAttributes.Normal);
        switch (change)
        {
            case "changed":
                File.AppendAllText(drugs, "\n# edited after publication\n");
                break;
            case "added":
                File.WriteAllText(Path.Combine(release.Folder, "extra.yaml"), "x: 1\n");
                break;
            default:
                File.Delete(drugs);
                break;
        }

        var (kb, problems) = KnowledgeReleases.Load(releases, release.Id);

        kb.ShouldBeNull();
        problems.ShouldNotBeEmpty();
        problems.ShouldAllBe(p => p.Code == KnowledgeErrorCodes.ReleaseModified);
        problems[0].Location.File.ShouldEndWith(change == "added" ? "extra.yaml" : "drugs.yaml");
        KnowledgeReleases.List(releases).Single().Verified.ShouldBeFalse();
    }

    [Theory]
    [InlineData("1999.1.0")]
    [InlineData("../knowledge")]
    [InlineData("")]
    public void An_unknown_release_is_refused_listing_the_published_ones(string id)
    {
        PublishCurrent();

        var (kb, problems) = KnowledgeReleases.Load(releases, id);

        kb.ShouldBeNull();
        problems.Single().Code.ShouldBe(KnowledgeErrorCodes.ReleaseNotFound);
        problems.Single().Message.ShouldContain(Kb.Instance.Release);
    }

    [Fact]
    public void An_invalid_knowledge_base_is_not_published()
    {
        var broken = Directory.CreateTempSubdirectory("alkboard-broken-kb-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(broken, "release.yaml"), "release: \"9.9.9\"\n");

            var (release, problems) = KnowledgeReleases.Publish(broken, releases);

            release.ShouldBeNull();
            problems.ShouldNotBeEmpty();
            Directory.GetFileSystemEntries(releases).ShouldBeEmpty();
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }

    private static string CopyOfKnowledge(Func<string, string>? editRelease = null)
    {
        var copy = Directory.CreateTempSubdirectory("alkboard-kb-copy-").FullName;
        foreach (var file in Directory.EnumerateFiles(Kb.Folder, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(copy, Path.GetRelativePath(Kb.Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        if (editRelease is not null)
        {
            var release = Path.Combine(copy, "release.yaml");
            File.WriteAllText(release, editRelease(File.ReadAllText(release)));
        }

        return copy;
    }

    [Theory]
    [InlineData("../escaped")]
    [InlineData("a/b")]
    [InlineData(".hidden")]
    public void A_release_id_that_is_not_a_folder_name_is_not_published_and_nothing_is_left(string id)
    {
        var copy = CopyOfKnowledge(t => System.Text.RegularExpressions.Regex.Replace(t, "release: \"[^\"]+\"", $"release: \"{id}\""));
        try
        {
            var (release, problems) = KnowledgeReleases.Publish(copy, releases);

            release.ShouldBeNull();
            problems.Single().Code.ShouldBe(KnowledgeErrorCodes.InvalidValue);
            Directory.GetFileSystemEntries(releases).ShouldBeEmpty();
            Directory.Exists(Path.Combine(Path.GetDirectoryName(releases)!, "escaped")).ShouldBeFalse();
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void A_source_outside_the_knowledge_folder_is_refused_so_a_release_is_self_contained()
    {
        var outside = Path.Combine(Kb.Folder, "sources", "civic");
        var copy = CopyOfKnowledge(t => t.Replace("file: sources/civic/", $"file: {outside}/", StringComparison.Ordinal));
        try
        {
            var (kb, problems) = KnowledgeLoader.Load(copy);

            kb.ShouldBeNull();
            problems.ShouldContain(p => p.Code == KnowledgeErrorCodes.InvalidValue && p.Message.Contains("outside the knowledge folder", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void A_manifest_line_with_an_absolute_path_makes_the_release_modified_and_staging_folders_are_not_listed()
    {
        var release = PublishCurrent();
        var manifest = Path.Combine(release.Folder, KnowledgeReleases.ManifestFile);
        File.SetAttributes(manifest, FileAttributes.Normal);
        File.AppendAllText(manifest, new string('0', 64) + "  /etc/hostname\n");
        Directory.CreateDirectory(Path.Combine(releases, ".2026.12.1.deadbeef"));
        File.WriteAllText(Path.Combine(releases, ".2026.12.1.deadbeef", KnowledgeReleases.ManifestFile), string.Empty);

        var listed = KnowledgeReleases.List(releases);

        listed.Single().Verified.ShouldBeFalse();
        listed.Single().Problems.ShouldContain(p => p.Code == KnowledgeErrorCodes.ReleaseModified && p.Message.Contains("not a manifest line", StringComparison.Ordinal));
    }

    [Fact]
    public void Releases_are_listed_in_version_order_not_spelling_order()
    {
        foreach (var id in new[] { "2026.12.0", "2026.9.0", "2026.10.1" })
        {
            var folder = Directory.CreateDirectory(Path.Combine(releases, id)).FullName;
            File.WriteAllText(Path.Combine(folder, KnowledgeReleases.ManifestFile), string.Empty);
        }

        KnowledgeReleases.List(releases).Select(r => r.Id).ShouldBe(["2026.9.0", "2026.10.1", "2026.12.0"]);
    }
}
