using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Alkboard.Core.Recommendation;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Recommendation;

/// <summary>
/// docs/recommend.md's policy table is the policy (issue 13, item 3): every constant of
/// <see cref="ScoringPolicy"/> is in the table with its value, and the table names nothing else.
/// </summary>
public sealed partial class ScoringPolicyDocTests
{
    [Fact]
    public void The_documented_policy_table_lists_every_constant_with_its_value()
    {
        var policy = typeof(ScoringPolicy).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(int))
            .ToDictionary(f => f.Name, f => (int)f.GetRawConstantValue()!, StringComparer.Ordinal);
        var documented = Row().Matches(File.ReadAllText(Path.Combine(RepoPaths.Docs, "recommend.md")))
            .ToDictionary(m => m.Groups["name"].Value, m => int.Parse(m.Groups["points"].Value.Replace("−", "-", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), StringComparer.Ordinal);

        policy.ShouldNotBeEmpty();
        documented.Keys.ShouldBe(policy.Keys, ignoreOrder: true);
        foreach (var (name, value) in policy)
        {
            documented[name].ShouldBe(value, $"docs/recommend.md gives {name} as {documented[name]}, ScoringPolicy.{name} is {value}");
        }
    }

    [GeneratedRegex(@"^\| `(?<name>[A-Za-z0-9]+)` \| (?<points>[+\-−]?\d+) \|", RegexOptions.Multiline)]
    private static partial Regex Row();
}