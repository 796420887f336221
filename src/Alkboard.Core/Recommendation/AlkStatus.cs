using System.Collections.Immutable;
using Alkboard.Core.Cases;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// ALK status from the evidence, test by test (issue 12, item 1; CLINICAL-LOGIC §5.1): a negative
/// result counts only for what its method and scope covered (a mutation panel is not a
/// rearrangement test); a DNA-level fusion call that is out of frame or loses the kinase domain
/// (ALK exons 20–29, CLINICAL-LOGIC §1) does not establish positivity, nor does a fusion call of any
/// method whose 5'/3' order the source does not give (<see cref="FusionCall.OrientationInferred"/>:
/// ALK as the 5' partner loses the kinase domain); discordant results are
/// reported as discordant; a documented response to an ALK inhibitor is evidence of ALK dependence.
/// </summary>
public sealed record AlkStatus(AlkStatusKind Kind, ImmutableArray<string> Reasons, string? ConfirmingTest)
{
    /// <summary>The confirming test the review and the clinical logic name: RNA-based NGS settles discordance.</summary>
    public const string RnaNgs = "RNA-based NGS fusion panel (with ALK IHC D5F3/5A4 and break-apart FISH where tissue allows) to establish the ALK rearrangement";

    private static readonly TestMethod[] RnaMethods = [TestMethod.RnaPanel, TestMethod.RnaSeq, TestMethod.Pcr];

    private static readonly TestMethod[] RearrangementMethods = [TestMethod.Fish, TestMethod.RnaPanel, TestMethod.RnaSeq, TestMethod.DnaPanel, TestMethod.Wgs, TestMethod.Ihc];

    /// <summary>True when ALK-directed therapy rests on established or response-proven ALK dependence.</summary>
    public bool TreatAsPositive => Kind is AlkStatusKind.Positive or AlkStatusKind.PresumedFromResponse or AlkStatusKind.Discordant;

    /// <summary>True for a fusion call that establishes ALK positivity by itself.</summary>
    public static bool Establishes(MolecularTest test, FusionCall fusion)
    {
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(fusion);
        if (fusion.ThreePrimeGene != "ALK" || fusion.InFrame == false || fusion.OrientationInferred)
        {
            return false;
        }

        if (test.Method == TestMethod.Fish || RnaMethods.Contains(test.Method))
        {
            return true;
        }

        // At the DNA level (or an unstated method) a breakpoint in ALK that names neither a partner
        // nor the retained exons (a structural-variant breakend) does not show a fusion that keeps
        // the kinase domain (issue 12, item 1): it leaves the status unconfirmed.
        return (fusion.FivePrimeGene is not null || fusion.ThreePrimeExons is not null) && KeepsKinaseDomain(fusion);
    }

    /// <summary>
    /// The 3' ALK exons keep the kinase domain unless the stated range starts after exon 20 (the
    /// usual breakpoint is intron 19; CLINICAL-LOGIC §1). Unstated exons are not held against the call;
    /// an inferred orientation is (ALK may be the 5' partner, without the kinase domain).
    /// </summary>
    public static bool KeepsKinaseDomain(FusionCall fusion)
    {
        ArgumentNullException.ThrowIfNull(fusion);
        if (fusion.OrientationInferred)
        {
            return false;
        }

        if (fusion.ThreePrimeExons is not { } exons)
        {
            return true;
        }

        var first = exons.Split('-', '–')[0].Trim();
        return !int.TryParse(first, System.Globalization.CultureInfo.InvariantCulture, out var start) || start <= 20;
    }

    /// <summary>Assesses the case; <paramref name="respondedTo"/> lists ALK-inhibitor lines with a recorded response (CR/PR).</summary>
    public static AlkStatus Assess(PatientCase c, IReadOnlyList<string> respondedTo)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(respondedTo);
        var positive = new List<string>();
        var negative = new List<string>();
        var weak = new List<string>();
        var ignored = new List<string>();
        foreach (var test in c.MolecularTests.Where(t => t.Status == TestStatus.Reported))
        {
            foreach (var result in test.Results)
            {
                switch (result)
                {
                    case FusionCall { ThreePrimeGene.Value: "ALK" } f when Establishes(test, f):
                        positive.Add($"{test.Id}: {f.Describe()} ({Method(test)})");
                        break;
                    case FusionCall { ThreePrimeGene.Value: "ALK" } f:
                        weak.Add($"{test.Id}: {f.Describe()} ({Method(test)}) does not establish ALK positivity ({WhyNot(f)}); {(f.OrientationInferred && f.InFrame != false ? "it needs a test that reports the orientation (RNA-based NGS) or ALK IHC" : "it needs RNA or protein confirmation")}");
                        break;
                    case IhcResult { Marker: "ALK", Result: IhcOutcome.Positive } ihc:
                        positive.Add($"{test.Id}: {ihc.Describe()}");
                        break;
                    case IhcResult { Marker: "ALK", Result: IhcOutcome.Negative } ihc:
                        negative.Add($"{test.Id}: {ihc.Describe()}");
                        break;
                    case NegativeResult n when n.Genes.Contains("ALK"):
                        var scope = NegativeScope.Of(n);
                        if (scope == NegativeScope.Kind.Rearrangement || (scope == NegativeScope.Kind.Method && RearrangementMethods.Contains(test.Method)))
                        {
                            negative.Add($"{test.Id}: {n.Describe()} ({Method(test)})");
                        }
                        else
                        {
                            ignored.Add($"{test.Id}: {n.Describe()} ({Method(test)}) is not a rearrangement test and does not count against ALK positivity");
                        }

                        break;
                    default:
                        break;
                }
            }
        }

        var response = respondedTo.Count > 0 ? $"documented response to an ALK inhibitor ({string.Join(", ", respondedTo)}): evidence of ALK dependence" : null;
        var reasons = positive.Select(p => "positive: " + p).Concat(negative.Select(n => "negative: " + n)).Concat(weak).Concat(ignored)
            .Concat(response is null ? [] : [response]).ToImmutableArray();
        return (positive.Count, negative.Count, response is not null, weak.Count) switch
        {
            ( > 0, 0, _, _) => new AlkStatus(AlkStatusKind.Positive, reasons, null),
            ( > 0, > 0, _, _) => new AlkStatus(AlkStatusKind.Discordant, reasons.Add("positive and negative ALK results disagree: reported as discordant"), RnaNgs),
            (0, > 0, true, _) => new AlkStatus(AlkStatusKind.Discordant, reasons.Add("a negative ALK result and a response to an ALK inhibitor disagree: reported as discordant"), RnaNgs),
            (0, 0, true, _) => new AlkStatus(AlkStatusKind.PresumedFromResponse, reasons.Add("no test in the record establishes the rearrangement"), RnaNgs),
            (0, _, false, > 0) => new AlkStatus(AlkStatusKind.Unconfirmed, reasons, RnaNgs),
            (0, > 0, false, 0) => new AlkStatus(AlkStatusKind.Negative, reasons, null),
            _ => new AlkStatus(AlkStatusKind.Unknown, reasons, null),
        };
    }

    /// <summary>Why an ALK fusion call does not establish positivity, in the words of the status reason.</summary>
    public static string WhyNot(FusionCall fusion)
    {
        ArgumentNullException.ThrowIfNull(fusion);
        return fusion switch
        {
            { InFrame: false } => "out of frame",
            { OrientationCaveat: { } caveat } => "orientation not given by the source: " + caveat,
            { FivePrimeGene: null, ThreePrimeExons: null } => "a DNA-level breakpoint naming neither a partner nor the retained exons",
            _ => "the ALK kinase domain is not retained",
        };
    }

    private static string Method(MolecularTest t) => CaseWords.Of(t.Method).Replace('_', ' ');
}
