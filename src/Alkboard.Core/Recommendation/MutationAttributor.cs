using System.Collections.Immutable;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// Attributes each alteration found after a line began to the line(s) on which it emerged: absent
/// in an earlier test that examined the gene, present after (seed 001: ALK L1196Q after alectinib;
/// seed 000: F1174L at progression on crizotinib).
/// </summary>
public static class MutationAttributor
{
    private static readonly TestMethod[] Sequencing = [TestMethod.DnaPanel, TestMethod.RnaPanel, TestMethod.Wes, TestMethod.Wgs, TestMethod.RnaSeq];

    /// <summary>Attributions for every alteration found after the first line started.</summary>
    public static ImmutableArray<MutationAttribution> Attribute(PatientCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var tests = c.MolecularTests.Select((t, i) => (Test: t, Index: LinesBefore(c, t), Order: i)).OrderBy(x => x.Index).ThenBy(x => x.Test.Date ?? default).ThenBy(x => x.Order).ToList();
        var result = ImmutableArray.CreateBuilder<MutationAttribution>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < tests.Count; k++)
        {
            var (test, index, _) = tests[k];
            foreach (var finding in test.Results.Where(r => r is not NegativeResult))
            {
                var key = Key(finding);
                if (key is null || index == 0 || !seen.Add(key.Value.Text))
                {
                    continue;
                }

                var earlier = tests.Take(k).Where(e => e.Index < index || (e.Test.Date is not null && test.Date is not null && e.Test.Date.Value.IsCertainlyBefore(test.Date.Value))).ToList();
                if (earlier.Any(e => e.Test.Results.Any(r => Key(r)?.Text == key.Value.Text)))
                {
                    continue;
                }

                var looked = earlier.LastOrDefault(e => Examined(e.Test, key.Value.Gene));
                var where = test.Date is { } d ? $"{test.Id} ({d})" : $"{test.Id} (at line {test.Line})";

                // "Emerged on line N" only when a test before line N covered the gene and did not find it (issue 10, item 3).
                // An expression change measured against an earlier sample carries its own comparison.
                var compared = finding is ExpressionChange { ComparedTo: { } against } ? against : null;
                var lines = looked.Test is not null ? Enumerable.Range(looked.Index + 1, Math.Max(0, index - looked.Index)).ToImmutableArray()
                    : compared is not null ? Enumerable.Range(1, index).ToImmutableArray()
                    : [];
                var statement = looked.Test is not null
                    ? $"{key.Value.Text} absent in {looked.Test.Id}, present in {where}: emerged on line(s) {Range(lines)}"
                    : compared is not null
                        ? $"{key.Value.Text} in {where}, compared with {compared}: changed during line(s) {Range(lines)}"
                        : $"{key.Value.Text} first found in {where}; no earlier test covered {key.Value.Gene}: when it arose is unknown (it may have been present before any therapy)";
                result.Add(new MutationAttribution(key.Value.Text, test.Id, looked.Test?.Id, lines, statement));
            }
        }

        return result.ToImmutable();
    }

    private static string Range(ImmutableArray<int> lines) => lines.Length switch
    {
        0 => "none",
        1 => lines[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => $"{lines[0]}–{lines[^1]}",
    };

    /// <summary>How many lines may have started when the sample was taken.</summary>
    private static int LinesBefore(PatientCase c, MolecularTest t)
    {
        if (t.Line is { } n)
        {
            return n;
        }

        // Lines that may have started before the sample: the emergence window is never narrowed by a guess.
        return t.Date is { } d ? c.TherapyLines.Count(l => l.Start is { } s && s.Earliest < d.Latest) : 0;
    }

    private static bool Examined(MolecularTest t, string gene) =>
        t.Status == TestStatus.Reported && (Sequencing.Contains(t.Method) || t.Results.Any(r => Key(r)?.Gene == gene || (r is NegativeResult n && n.Genes.Contains(gene))));

    private static (string Gene, string Text)? Key(MolecularResult r) => r switch
    {
        SequenceVariant v => (v.Gene, $"{v.Gene} {(v.HgvsProtein ?? v.HgvsCdna)}"),
        CopyNumberChange cn => (cn.Gene, $"{cn.Gene} {CaseWords.Of(cn.Call)}"),
        ExpressionChange e => (e.Gene, $"{e.Gene} expression {CaseWords.Of(e.Direction)}"),
        _ => null,
    };
}
