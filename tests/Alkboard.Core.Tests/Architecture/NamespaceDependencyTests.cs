using System.Text.RegularExpressions;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Architecture;

/// <summary>
/// The folders of Alkboard.Core depend on each other in one direction only (issue 13, item 7;
/// docs/architecture.md): Diagnostics at the bottom, then Cases, Genomics, Knowledge, Evidence, the
/// engines (Recist, Timeline), Cohorts and Recommendation at the top. Read from the sources: a C#
/// file reaches another namespace only through a using directive or a qualified name.
/// </summary>
public sealed partial class NamespaceDependencyTests
{
    /// <summary>Each folder and the folders it may use. Anything else is a violation.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Diagnostics"] = [],
        ["Cases"] = ["Diagnostics"],
        ["Genomics"] = ["Diagnostics", "Cases"],
        ["Knowledge"] = ["Diagnostics", "Cases", "Genomics"],
        ["Evidence"] = ["Diagnostics", "Cases", "Genomics", "Knowledge"],
        ["Import"] = ["Diagnostics", "Cases", "Genomics", "Knowledge", "Evidence"],
        ["Recist"] = ["Diagnostics", "Cases"],
        ["Timeline"] = ["Diagnostics", "Cases"],
        ["Cohorts"] = ["Diagnostics", "Cases", "Recist"],
        ["Recommendation"] = ["Diagnostics", "Cases", "Genomics", "Knowledge", "Evidence", "Recist", "Timeline"],
    };

    [Fact]
    public void Core_folders_depend_only_downwards_and_without_cycles()
    {
        var core = Path.Combine(RepoPaths.Root, "src", "Alkboard.Core");
        var violations = new List<string>();
        var folders = Directory.GetDirectories(core).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToList();
        folders.ShouldBe(Allowed.Keys, ignoreOrder: true, "every Core folder has a place in the layering (add a new one here and to docs/architecture.md)");

        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(core, folder!), "*.cs", SearchOption.AllDirectories))
            {
                var code = string.Join('\n', File.ReadLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
                var used = Reference().Matches(code).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal);
                violations.AddRange(used.Where(u => u != folder && !Allowed[folder!].Contains(u)).Select(u => $"{Path.GetRelativePath(core, file)} uses {u}"));
            }
        }

        violations.ShouldBeEmpty();
    }

    [Fact]
    public void The_allowed_layering_itself_has_no_cycle()
    {
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in Allowed.Keys)
        {
            Visit(folder, visiting, done).ShouldBeTrue($"a cycle through {folder}");
        }
    }

    private static bool Visit(string folder, HashSet<string> visiting, HashSet<string> done)
    {
        if (done.Contains(folder))
        {
            return true;
        }

        if (!visiting.Add(folder))
        {
            return false;
        }

        var ok = Allowed[folder].All(d => Visit(d, visiting, done));
        visiting.Remove(folder);
        done.Add(folder);
        return ok;
    }

    [GeneratedRegex(@"\bAlkboard\.Core\.([A-Z][A-Za-z]+)\b")]
    private static partial Regex Reference();
}