using System.Collections.Immutable;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// The current ALK mutation state of a case (issue 10, item 3): which profiles are present,
/// possibly present or historical. A test covers ALK kinase-domain mutations when it was reported
/// and sequenced DNA or the whole transcriptome (DNA panel, WES, WGS, RNA-seq), or when it reports
/// an ALK variant or a negative ALK result whose scope is a mutation. Tests are ordered by the lines
/// that may have started before them, then by date, then by their order in the file.
/// </summary>
public static class MolecularState
{
    private static readonly TestMethod[] MutationMethods = [TestMethod.DnaPanel, TestMethod.Wes, TestMethod.Wgs, TestMethod.RnaSeq];

    /// <summary>Every ALK mutation profile found, with its state.</summary>
    public static ImmutableArray<MutationProfileState> Assess(PatientCase c, Func<TherapyLine, bool> progressed)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(progressed);
        var tests = Ordered(c).Where(t => CoversAlkMutations(t.Test)).ToList();
        var found = tests.Where(t => AlkVariants(t.Test).Length > 0).ToList();
        if (found.Count == 0)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<MutationProfileState>();
        var latest = found[^1];
        var latestKeys = AlkVariants(latest.Test).Select(Key).ToHashSet(StringComparer.Ordinal);
        foreach (var earlier in found.Take(found.Count - 1))
        {
            var variants = AlkVariants(earlier.Test);
            var keys = variants.Select(Key).ToHashSet(StringComparer.Ordinal);
            var clearedBy = tests.FirstOrDefault(t => t.Rank > earlier.Rank && SameSpecimen(earlier.Test, t.Test) && !keys.IsSubsetOf(AlkVariants(t.Test).Select(Key)));
            var state = keys.IsSubsetOf(latestKeys) || clearedBy.Test is not null ? AlterationState.Historical : AlterationState.PossiblyPresent;
            var reason = state == AlterationState.Historical
                ? keys.IsSubsetOf(latestKeys) && !keys.SetEquals(latestKeys)
                    ? $"no longer the whole profile: {latest.Test.Id} found {Text(AlkVariants(latest.Test))}"
                    : clearedBy.Test is not null && !keys.IsSubsetOf(latestKeys) ? $"not found on {clearedBy.Test.Id}, a later {Specimen(clearedBy.Test)} test that covered it" : $"found again in {latest.Test.Id}"
                : $"not found on later tests of another specimen kind only ({string.Join(", ", tests.Where(t => t.Rank > earlier.Rank).Select(t => $"{t.Test.Id}, {Specimen(t.Test)}"))}); a negative test of another specimen does not clear it";
            result.Add(new MutationProfileState(earlier.Test.Id, variants, state, reason));
        }

        var after = tests.Where(t => t.Rank > latest.Rank).ToList();
        var cleared = after.FirstOrDefault(t => SameSpecimen(latest.Test, t.Test));
        var progressionSince = c.TherapyLines.Where(l => l.Number > latest.LinesBefore && progressed(l)).Select(l => l.Number).ToList();
        var (latestState, latestReason) = (cleared.Test, after.Count, progressionSince.Count) switch
        {
            ({ } t, _, _) => (AlterationState.Historical, $"not found on {t.Id}, a later {Specimen(t)} test that covered it"),
            (null, > 0, _) => (AlterationState.PossiblyPresent, $"later tests were of another specimen kind only ({string.Join(", ", after.Select(t => $"{t.Test.Id}, {Specimen(t.Test)}"))}); a negative test of another specimen does not clear it"),
            (null, 0, > 0) => (AlterationState.PossiblyPresent, $"found in {latest.Test.Id}, not re-tested since the progression on line {progressionSince[^1]}: re-biopsy to know the current profile"),
            _ => (AlterationState.Present, $"found in {latest.Test.Id}, the latest test that covered ALK mutations"),
        };
        result.Add(new MutationProfileState(latest.Test.Id, AlkVariants(latest.Test), latestState, latestReason));
        return result.ToImmutable();
    }

    /// <summary>True when the test looked for ALK kinase-domain mutations.</summary>
    public static bool CoversAlkMutations(MolecularTest t)
    {
        ArgumentNullException.ThrowIfNull(t);
        if (t.Status != TestStatus.Reported)
        {
            return false;
        }

        return MutationMethods.Contains(t.Method)
            || t.Results.Any(r => r is SequenceVariant { Gene.Value: "ALK" } || (r is NegativeResult n && n.Genes.Contains("ALK") && NegativeScope.Of(n) == NegativeScope.Kind.Mutation));
    }

    /// <summary>The tests in the order the record implies, with the number of lines that may have started before each.</summary>
    internal static List<(MolecularTest Test, int LinesBefore, int Rank)> Ordered(PatientCase c)
    {
        var ordered = c.MolecularTests.Select((t, i) => (Test: t, LinesBefore: LinesBefore(c, t), Order: i))
            .OrderBy(x => x.LinesBefore).ThenBy(x => x.Test.Date?.Earliest ?? DateOnly.MinValue).ThenBy(x => x.Order).ToList();
        return [.. ordered.Select((x, rank) => (x.Test, x.LinesBefore, rank))];
    }

    /// <summary>How many lines may have started when the sample was taken.</summary>
    internal static int LinesBefore(PatientCase c, MolecularTest t)
    {
        if (t.Line is { } n)
        {
            return n;
        }

        // Lines that may have started before the sample: the emergence window is never narrowed by a guess.
        return t.Date is { } d ? c.TherapyLines.Count(l => l.Start is { } s && s.Earliest < d.Latest) : 0;
    }

    private static ImmutableArray<SequenceVariant> AlkVariants(MolecularTest t) => [.. t.Results.OfType<SequenceVariant>().Where(v => v.Gene == "ALK")];

    private static string Key(SequenceVariant v) => v.HgvsProtein ?? v.HgvsCdna ?? string.Empty;

    private static string Text(ImmutableArray<SequenceVariant> variants) => $"ALK {string.Join(" + ", variants.Select(Key))}";

    private static bool SameSpecimen(MolecularTest a, MolecularTest b) =>
        a.Specimen.Kind == b.Specimen.Kind || (a.Specimen.Kind != SpecimenKind.Plasma && b.Specimen.Kind != SpecimenKind.Plasma);

    private static string Specimen(MolecularTest t) => t.Specimen.Kind switch
    {
        SpecimenKind.Plasma => "plasma",
        SpecimenKind.Tissue => "tissue",
        _ => "specimen-unstated",
    };
}
