using System.Globalization;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Cohorts;

/// <summary>Values R computed (scripts/r-reference writes them), by name; arrays as name[1], name[2], ...</summary>
internal sealed class RReference
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private RReference(string path)
    {
        foreach (var line in File.ReadAllLines(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            _values[line[..tab]] = line[(tab + 1)..].Trim();
        }
    }

    public static RReference Load(string name) => new(Path.Combine(RepoPaths.Root, "tests", "Alkboard.Core.Tests", "Cohorts", "RReference", name + ".tsv"));

    /// <summary>The third-party survival inputs, only for the conformance tests: ALKBOARD_SURVIVAL_INPUTS (scripts/conformance sets it).</summary>
    public static string InputsFolder =>
        Environment.GetEnvironmentVariable("ALKBOARD_SURVIVAL_INPUTS") is { Length: > 0 } folder && Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException("third-party survival inputs not found: run scripts/conformance, or set ALKBOARD_SURVIVAL_INPUTS to the folder with lifelines_lung.csv");

    public string Text(string name) => _values[name];

    public double Scalar(string name) => Parse(_values[name]);

    public double[] Array(string name)
    {
        if (_values.TryGetValue(name, out var single))
        {
            return [Parse(single)];
        }

        var list = new List<double>();
        for (var i = 1; _values.TryGetValue($"{name}[{i}]", out var v); i++)
        {
            list.Add(Parse(v));
        }

        return [.. list];
    }

    private static double Parse(string text) => text switch
    {
        "NA" or "NaN" => double.NaN,
        "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    /// <summary>Equal within 1e-6 relative (1e-9 absolute near zero); NaN only equals NaN.</summary>
    public static void ShouldMatch(double actual, double expected, string what)
    {
        if (double.IsNaN(expected))
        {
            double.IsNaN(actual).ShouldBeTrue($"{what}: R gives NA, got {actual}");
            return;
        }

        if (double.IsInfinity(expected))
        {
            actual.ShouldBe(expected, what);
            return;
        }

        var tolerance = Math.Max(1e-6 * Math.Abs(expected), 1e-9);
        Math.Abs(actual - expected).ShouldBeLessThanOrEqualTo(tolerance, $"{what}: R {expected:R}, Alkboard {actual:R}");
    }

    public static void ShouldMatch(IReadOnlyList<double> actual, IReadOnlyList<double> expected, string what)
    {
        actual.Count.ShouldBe(expected.Count, $"{what}: length");
        for (var i = 0; i < expected.Count; i++)
        {
            ShouldMatch(actual[i], expected[i], $"{what}[{i + 1}]");
        }
    }
}
