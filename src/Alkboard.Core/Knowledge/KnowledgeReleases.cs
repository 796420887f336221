using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Knowledge;

/// <summary>A published knowledge-base release in a folder of releases.</summary>
/// <param name="Id">The release id (its folder's name and its release.yaml's <c>release</c>).</param>
/// <param name="Folder">Where it is.</param>
/// <param name="Files">How many files its manifest lists.</param>
/// <param name="Problems">Why it does not verify against its manifest; empty when it does.</param>
public sealed record PublishedRelease(string Id, string Folder, int Files, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>True when every file is as published.</summary>
    public bool Verified => Problems.Count == 0;
}

/// <summary>
/// Published, read-only knowledge-base releases: a folder holding one subfolder per release id,
/// each a copy of the knowledge folder as it was released plus <see cref="ManifestFile"/> (the
/// SHA-256 of every file). A decision can then name the release it used and be re-run on exactly
/// that content; a release is never overwritten, and one that no longer matches its manifest is
/// refused, not loaded.
/// </summary>
public static class KnowledgeReleases
{
    /// <summary>The manifest of a published release: one line per file, "sha256  relative/path", ordinal order of paths.</summary>
    public const string ManifestFile = "MANIFEST.sha256";

    /// <summary>
    /// Publishes the knowledge folder <paramref name="source"/> into <paramref name="releasesFolder"/>
    /// as <c>releasesFolder/RELEASE</c>: only a knowledge base that loads without problems, only a
    /// release id not published before; files copied, the manifest written, and all made read-only.
    /// Nothing is left behind when publication fails.
    /// </summary>
    /// <param name="source">A knowledge folder (with release.yaml).</param>
    /// <param name="releasesFolder">The folder of releases (created when missing).</param>
    /// <returns>The published release, or the problems that stopped it.</returns>
    public static (PublishedRelease? Release, IReadOnlyList<Diagnostic> Problems) Publish(string source, string releasesFolder)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(releasesFolder);
        if (releasesFolder.Trim().Length == 0)
        {
            return (null, [new Diagnostic(KnowledgeErrorCodes.ReleaseNotFound, "no folder of releases named (an empty path)", new SourceLocation(releasesFolder, 0, 0, string.Empty))]);
        }

        var (kb, problems) = KnowledgeLoader.Load(source);
        if (kb is null)
        {
            return (null, problems);
        }

        if (!IsReleaseId(kb.Release))
        {
            return (null, [new Diagnostic(KnowledgeErrorCodes.InvalidValue, $"release '{kb.Release}' cannot name a published release: use letters, digits, '.', '-' or '_' (e.g. 2026.12.1), no '..' and no folder", new SourceLocation(Path.Combine(source, "release.yaml"), 0, 0, string.Empty))]);
        }

        var target = Path.Combine(Path.GetFullPath(releasesFolder), kb.Release);
        if (Directory.Exists(target) || File.Exists(target))
        {
            return (null, [new Diagnostic(KnowledgeErrorCodes.ReleaseExists, $"release {kb.Release} is already published; a release is never overwritten: bump release.yaml", new SourceLocation(target, 0, 0, string.Empty))]);
        }

        var staging = Path.Combine(Path.GetFullPath(releasesFolder), $".{kb.Release}.{Guid.NewGuid():N}");
        try
        {
            var files = ContentFiles(source);
            foreach (var file in files)
            {
                var to = Path.Combine(staging, file);
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(Path.Combine(source, file), to);
            }

            // What is published is checked again as copied: an edit made after the first check is caught.
            var (copied, copyProblems) = KnowledgeLoader.Load(staging);
            if (copied is null || copied.Release != kb.Release)
            {
                return (null, copyProblems.Count > 0 ? copyProblems : [new Diagnostic(KnowledgeErrorCodes.ReleaseModified, "the knowledge folder changed while it was published; publish again", new SourceLocation(source, 0, 0, string.Empty))]);
            }

            // The manifest is computed from the copies, so it states what was published.
            File.WriteAllText(Path.Combine(staging, ManifestFile), ManifestOf(staging), new UTF8Encoding(false));
            foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.ReadOnly);
            }

            Directory.Move(staging, target);
            return (new PublishedRelease(kb.Release, target, files.Count, []), []);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, [new Diagnostic(KnowledgeErrorCodes.Unreadable, $"cannot publish release {kb.Release}: {ex.Message}", new SourceLocation(target, 0, 0, string.Empty))]);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
                {
                    File.SetAttributes(file, FileAttributes.Normal);
                }

                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>Every release in the folder, each verified against its manifest, in the order of their ids as versions (2026.9.0 before 2026.12.0).</summary>
    /// <param name="releasesFolder">The folder of releases.</param>
    /// <returns>The releases; empty when the folder holds none.</returns>
    public static IReadOnlyList<PublishedRelease> List(string releasesFolder)
    {
        ArgumentNullException.ThrowIfNull(releasesFolder);
        if (!Directory.Exists(releasesFolder))
        {
            return [];
        }

        return [.. Directory.EnumerateDirectories(releasesFolder)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && File.Exists(Path.Combine(d, ManifestFile)))
            .Select(d => Verify(d, Path.GetFileName(d)))
            .OrderBy(r => VersionKey(r.Id), VersionComparer.Instance)
            .ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    /// <summary>Loads release <paramref name="releaseId"/> from the folder of releases, after verifying every file against the manifest.</summary>
    /// <param name="releasesFolder">The folder of releases.</param>
    /// <param name="releaseId">The release to load, e.g. 2026.12.0.</param>
    /// <returns>The knowledge base, or the problems (unknown release, a modified release, or the knowledge base's own).</returns>
    public static (KnowledgeBase? KnowledgeBase, IReadOnlyList<Diagnostic> Problems) Load(string releasesFolder, string releaseId)
    {
        ArgumentNullException.ThrowIfNull(releasesFolder);
        ArgumentNullException.ThrowIfNull(releaseId);
        var folder = Path.Combine(releasesFolder, releaseId);
        if (!IsReleaseId(releaseId) || !File.Exists(Path.Combine(folder, ManifestFile)))
        {
            var known = List(releasesFolder).Select(r => r.Id).ToList();
            return (null, [new Diagnostic(KnowledgeErrorCodes.ReleaseNotFound,
                $"no published release '{releaseId}' in {releasesFolder}; {(known.Count == 0 ? "it holds no releases (publish one with 'alkboard kb publish --to DIR')" : "releases: " + string.Join(", ", known))}",
                new SourceLocation(releasesFolder, 0, 0, string.Empty))]);
        }

        var release = Verify(folder, releaseId);
        if (!release.Verified)
        {
            return (null, release.Problems);
        }

        var (kb, problems) = KnowledgeLoader.Load(folder);
        if (kb is not null && kb.Release != releaseId)
        {
            return (null, [new Diagnostic(KnowledgeErrorCodes.ReleaseModified, $"the folder is named {releaseId} but its release.yaml says {kb.Release}", new SourceLocation(Path.Combine(folder, "release.yaml"), 0, 0, string.Empty))]);
        }

        return (kb, problems);
    }

    /// <summary>
    /// The manifest of a knowledge folder's content: one "sha256  path" line per file (paths relative,
    /// with '/', in ordinal order; files whose path has a part starting with '.' and the manifest itself
    /// left out). <see cref="Publish"/> writes exactly this as <see cref="ManifestFile"/>.
    /// </summary>
    /// <param name="folder">A knowledge folder or a published release.</param>
    /// <returns>The manifest text.</returns>
    public static string ManifestOf(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var manifest = new StringBuilder();
        foreach (var file in ContentFiles(folder))
        {
            manifest.Append(Sha256(Path.Combine(folder, file))).Append("  ").Append(file).Append('\n');
        }

        return manifest.ToString();
    }

    /// <summary>
    /// The SHA-256 of <see cref="ManifestOf"/>: one value naming the exact content a decision used. For
    /// a published release it equals the SHA-256 of its <see cref="ManifestFile"/> (<c>sha256sum MANIFEST.sha256</c>).
    /// </summary>
    /// <param name="folder">A knowledge folder or a published release.</param>
    /// <returns>Lower-case hex.</returns>
    public static string ContentDigest(string folder) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ManifestOf(folder))));

    private static List<string> ContentFiles(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != ManifestFile && !f.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)];

    private static PublishedRelease Verify(string folder, string id)
    {
        var manifestPath = Path.Combine(folder, ManifestFile);
        var problems = new List<Diagnostic>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(manifestPath);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split("  ", 2);
            if (parts.Length != 2 || parts[0].Length != 64 || parts[1].Contains("..", StringComparison.Ordinal) || parts[1].Contains('\\') || Path.IsPathRooted(parts[1]) || parts[1].StartsWith('/'))
            {
                problems.Add(Modified(manifestPath, i + 1, "not a manifest line ('sha256  path')"));
                continue;
            }

            listed.Add(parts[1]);
            var file = Path.Combine(folder, parts[1]);
            if (!File.Exists(file))
            {
                problems.Add(Modified(file, 0, "listed in the manifest but missing"));
            }
            else if (!string.Equals(Sha256(file), parts[0], StringComparison.Ordinal))
            {
                problems.Add(Modified(file, 0, "changed since the release was published (SHA-256 differs from the manifest)"));
            }
        }

        foreach (var extra in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != ManifestFile && !listed.Contains(f) && !f.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal))
        {
            problems.Add(Modified(Path.Combine(folder, extra), 0, "added after the release was published (not in the manifest)"));
        }

        return new PublishedRelease(id, folder, listed.Count, problems);
    }

    /// <summary>A release id that can name a folder: letters, digits, '.', '-', '_', starting with a letter or digit, no "..".</summary>
    private static bool IsReleaseId(string id) =>
        id.Length is > 0 and <= 64 && char.IsAsciiLetterOrDigit(id[0]) && !id.Contains("..", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    private static Diagnostic Modified(string file, int line, string message) =>
        new(KnowledgeErrorCodes.ReleaseModified, message, new SourceLocation(file, line, 0, string.Empty));

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static int[] VersionKey(string id) =>
        [.. id.Split('.').Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)];

    private sealed class VersionComparer : IComparer<int[]>
    {
        public static readonly VersionComparer Instance = new();

        public int Compare(int[]? x, int[]? y)
        {
            x ??= [];
            y ??= [];
            for (var i = 0; i < Math.Max(x.Length, y.Length); i++)
            {
                var c = (i < x.Length ? x[i] : 0).CompareTo(i < y.Length ? y[i] : 0);
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        }
    }
}
