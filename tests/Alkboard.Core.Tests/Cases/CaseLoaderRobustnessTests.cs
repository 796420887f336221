using System.Text;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Cases;

/// <summary>
/// Damaged case files of every sort give located errors, never an exception: each seed file is
/// cut at many points and has bytes flipped, deleted and duplicated (a fixed seed, so runs repeat).
/// </summary>
public class CaseLoaderRobustnessTests
{
    private const string Specials = "{}[]:,\"'-#\n 0aZ&*!|>";

    public static TheoryData<string> Examples => [.. RepoPaths.ExampleCases().Select(f => Path.GetFileName(f)!)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Truncated_and_mutated_files_never_throw(string name)
    {
        var original = File.ReadAllBytes(Path.Combine(RepoPaths.Examples, name));
        var format = CaseLoader.FormatOf(name)!.Value;
        var random = new Random(20261123);
        var tried = 0;

        for (var cut = 0; cut < original.Length; cut += Math.Max(1, original.Length / 150))
        {
            Check(original.AsSpan(0, cut).ToArray(), format, name);
            tried++;
        }

        for (var i = 0; i < 400; i++)
        {
            var bytes = original.ToList();
            for (var edits = random.Next(1, 6); edits > 0 && bytes.Count > 0; edits--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(4))
                {
                    case 0: bytes[at] = (byte)Specials[random.Next(Specials.Length)]; break;
                    case 1: bytes.RemoveAt(at); break;
                    case 2: bytes.Insert(at, bytes[random.Next(bytes.Count)]); break;
                    default: bytes[at] = (byte)random.Next(256); break;
                }
            }

            Check([.. bytes], format, name);
            tried++;
        }

        tried.ShouldBeGreaterThan(500);
    }

    private static void Check(byte[] content, CaseFileFormat format, string name)
    {
        CaseLoadResult result;
        try
        {
            result = CaseLoader.LoadBytes(content, name, format, Kb.Instance.Vocabulary);
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException($"{ex.GetType().Name} on this input:\n{Encoding.UTF8.GetString(content)}\n{ex}");
        }

        if (!result.Success)
        {
            result.Errors.ShouldNotBeEmpty();
            result.Errors.ShouldAllBe(e => e.Code.StartsWith("ALK-CASE-", StringComparison.Ordinal) && e.Message.Length > 0);
        }
    }
}
