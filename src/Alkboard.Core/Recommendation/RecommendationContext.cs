using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Genomics;
using Alkboard.Core.Knowledge;
using Alkboard.Core.Recist;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// The facts of a case at a decision that the rules read: ALK status, extent, CNS disease, age,
/// the current or last line and its response, what each drug did, and the interpreted findings.
/// Built once, read by every rule; pure.
/// </summary>
public sealed partial class RecommendationContext
{
    /// <summary>CTCAE terms (as they appear in case files) whose grade 4–5 events bar re-challenge; seed 002 reports fatal pneumonitis/ARDS.</summary>
    private static readonly string[] LifeThreateningTerms = ["pneumonitis", "respiratory distress", "ards", "interstitial lung disease", "tumor lysis"];

    internal RecommendationContext(PatientCase c, KnowledgeBase kb, RecommendationRequest request)
    {
        Case = c;
        Kb = kb;
        Request = request;
        Responses = RecistEngine.Evaluate(c);
        var latestDiagnosis = c.Diagnoses.Where(d => d.Date is not null).OrderBy(d => d.Date).LastOrDefault() ?? c.Diagnoses.LastOrDefault();
        Extent = c.Diagnoses.Any(d => d.Extent == DiseaseExtent.Metastatic) ? DiseaseExtent.Metastatic : latestDiagnosis?.Extent ?? DiseaseExtent.Unknown;
        CnsDisease = c.Diagnoses.Any(d => d.CnsMetastases == true);
        TumorType = latestDiagnosis?.Histology switch
        {
            Histology.EpithelioidInflammatoryMyofibroblasticSarcoma => "EIMS",
            Histology.InflammatoryMyofibroblasticTumor => "IMT",
            { } other => HistologyCatalog.Word(other),
            null => "IMT",
        };
        AgeYears = Age(c, request.AsOf);
        LastLine = c.TherapyLines.LastOrDefault();
        Findings = Interpret(c, kb, TumorType);
        AlkStatus = StatusOfAlk(c);
        Exposures = [.. c.TherapyLines.SelectMany(l => l.Agents.Select(a => Exposure(l, a.Drug)))];
    }

    /// <summary>The case as of the decision.</summary>
    public PatientCase Case { get; }

    /// <summary>The knowledge base.</summary>
    public KnowledgeBase Kb { get; }

    /// <summary>The request.</summary>
    public RecommendationRequest Request { get; }

    /// <summary>RECIST responses as of the decision.</summary>
    public RecistReport Responses { get; }

    /// <summary>The widest extent recorded.</summary>
    public DiseaseExtent Extent { get; }

    /// <summary>Brain or leptomeningeal disease recorded.</summary>
    public bool CnsDisease { get; }

    /// <summary>The tumor type used to match evidence (IMT, EIMS, or the histology word).</summary>
    public string TumorType { get; }

    /// <summary>Age in years at the decision, when it can be derived.</summary>
    public int? AgeYears { get; }

    /// <summary>The current or last line of systemic therapy.</summary>
    public TherapyLine? LastLine { get; }

    /// <summary>"positive", "negative" or "unknown".</summary>
    public string AlkStatus { get; }

    /// <summary>The interpreted alterations found so far (fusions, mutations as compound profiles per test, copy number, expression).</summary>
    public ImmutableArray<Interpretation> Findings { get; }

    /// <summary>Every drug given, per line, with how it ended.</summary>
    public ImmutableArray<ExposureOutcome> Exposures { get; }

    /// <summary>Interpretations of ALK kinase-domain mutations (single or compound).</summary>
    public IEnumerable<Interpretation> AlkMutations => Findings.Where(f => f.Gene == "ALK" && f.Kind is AlterationKind.Mutation or AlterationKind.Compound);

    /// <summary>The interpretation of the ALK fusion (partner-specific when the partner is known).</summary>
    public Interpretation? AlkDriver => Findings.Where(f => f.Gene == "ALK" && f.Kind == AlterationKind.Fusion).OrderBy(f => f.Partners.Length == 2 ? 0 : 1).FirstOrDefault();

    /// <summary>True when the drug is an ALK inhibitor of the knowledge base.</summary>
    public bool IsAlkInhibitor(string drug) => Kb.Drugs.TryGetValue(drug, out var d) && d.Class == "alk_inhibitor";

    /// <summary>The ALK inhibitors of the knowledge base, by name.</summary>
    public IEnumerable<string> AlkInhibitors => Kb.Drugs.Values.Where(d => d.Class == "alk_inhibitor").Select(d => d.Name).Order(StringComparer.Ordinal);

    /// <summary>A drug's generation from the knowledge base, when sourced.</summary>
    public int? Generation(string drug) =>
        Kb.Drugs.TryGetValue(drug, out var d) && d.Generation is { } g && int.TryParse(g.Value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    private ExposureOutcome Exposure(TherapyLine line, string drug)
    {
        var progressed = line.ReasonStopped == StopReason.Progression
            || Responses.Lines.FirstOrDefault(r => r.Line == line.Number)?.Timepoints.Any(t => t.OverallResponse == ResponseCategory.PD) == true;
        var events = Case.AdverseEvents.Where(e => e.Drug == drug).ToList();
        var lifeThreatening = events.Any(e => e.Grade == 5 || (e.Grade >= 4 && LifeThreateningTerms.Any(t => e.Term.Contains(t, StringComparison.OrdinalIgnoreCase))));
        return new ExposureOutcome(drug, line.Number, CaseWords.Of(line.ReasonStopped), line.ReasonStopped == StopReason.Ongoing, progressed, lifeThreatening, events.Max(e => e.Grade));
    }

    private static string StatusOfAlk(PatientCase c)
    {
        var results = c.MolecularTests.SelectMany(t => t.Results).ToList();
        if (results.Any(r => r is FusionCall { ThreePrimeGene: "ALK" } || r is IhcResult { Marker: "ALK", Result: IhcOutcome.Positive }))
        {
            return "positive";
        }

        return results.Any(r => r is NegativeResult n && n.Genes.Contains("ALK")) ? "negative" : "unknown";
    }

    private static int? Age(PatientCase c, AsOf asOf)
    {
        var diagnosis = c.Diagnoses.Where(d => d.Date is not null).Select(d => d.Date!.Value).DefaultIfEmpty().Min();
        var known = c.TherapyLines.SelectMany(l => new[] { l.Start, l.End }).Concat(c.Assessments.Select(a => a.Date)).Concat(c.MolecularTests.Select(t => t.Date))
            .Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty().Max();
        var at = asOf.Date ?? known;
        if (c.Patient.AgeAtDiagnosisYears is { } age)
        {
            return diagnosis != default && at != default ? age + Math.Max(0, at.Earliest.Year - diagnosis.Earliest.Year) : age;
        }

        return c.Patient.BirthYear is { } born && at != default ? at.Earliest.Year - born : null;
    }
}
