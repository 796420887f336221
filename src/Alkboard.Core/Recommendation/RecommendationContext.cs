using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Evidence;
using Alkboard.Core.Genomics;
using Alkboard.Core.Knowledge;
using Alkboard.Core.Recist;

namespace Alkboard.Core.Recommendation;

/// <summary>
/// The facts of a case at a decision that the rules read: ALK status with its reasons, extent, CNS
/// disease (diagnosis or imaging), age as a range, the current or last line and its response, what
/// each drug did, the interpreted findings and the current ALK mutation state. Built once, read by
/// every rule; pure.
/// </summary>
public sealed partial class RecommendationContext
{
    /// <summary>CTCAE terms (as they appear in case files) whose grade 4–5 events bar re-challenge; seed 002 reports fatal pneumonitis/ARDS.</summary>
    private static readonly string[] LifeThreateningTerms = ["pneumonitis", "respiratory distress", "ards", "interstitial lung disease", "tumor lysis"];

    /// <summary>Organ words that place a lesion in the central nervous system.</summary>
    private static readonly string[] CnsOrgans = ["brain", "cns", "central nervous system", "leptomening", "spinal cord", "cerebell", "cerebr"];

    internal RecommendationContext(PatientCase c, KnowledgeBase kb, RecommendationRequest request, PartialDate? decisionDate = null)
    {
        Case = c;
        Kb = kb;
        Request = request;
        Responses = RecistEngine.Evaluate(c);
        // The tumor the molecular results and lines belong to; a later initial diagnosis of another histology is a second primary (issue 12, item 5).
        var initials = c.Diagnoses.Where(d => d.Event == DiagnosisEvent.Initial).OrderBy(d => d.Date?.Earliest ?? DateOnly.MinValue).ToList();
        var primary = PrimaryTumor.Of(c);
        SecondPrimaries = [.. initials.Where(d => d != primary && primary is not null && d.Histology != primary.Histology)];
        var own = c.Diagnoses.Where(d => !SecondPrimaries.Contains(d)).ToList();
        var latestDiagnosis = own.Where(d => d.Date is not null).OrderBy(d => d.Date).LastOrDefault() ?? own.LastOrDefault();
        Extent = own.Any(d => d.Extent == DiseaseExtent.Metastatic) ? DiseaseExtent.Metastatic : latestDiagnosis?.Extent ?? DiseaseExtent.Unknown;
        (CnsDisease, CnsReason) = Cns(c with { Diagnoses = [.. own] });
        TumorType = PrimaryTumor.TypeCode(primary);
        DecisionDate = decisionDate ?? request.AsOf.Date ?? Latest(c);
        Age = DecisionDate is { } at ? AgeRange.At(c, at) : null;
        LastLine = c.TherapyLines.OrderBy(l => l.Start?.Earliest ?? DateOnly.MinValue).ThenBy(l => l.Number).LastOrDefault();
        Exposures = [.. c.TherapyLines.SelectMany(l => l.Agents.Select(a => Exposure(l, a)))];
        AlkStatus = AlkStatus.Assess(c, [.. RespondedLines()]);
        Findings = Interpret(c, kb, TumorType, AlkStatus);
        MutationStates = MolecularState.Assess(c, Progressed);
        Labels = new LabelReading(c, kb, DecisionDate);
        CurrentProfiles = [.. MutationStates.Where(m => m.State != AlterationState.Historical).Select(m => new CurrentProfile(m, InterpretProfile(m.Variants)))];
    }

    /// <summary>The case as of the decision.</summary>
    public PatientCase Case { get; }

    /// <summary>The knowledge base.</summary>
    public KnowledgeBase Kb { get; }

    /// <summary>The request.</summary>
    public RecommendationRequest Request { get; }

    /// <summary>RECIST responses as of the decision.</summary>
    public RecistReport Responses { get; }

    /// <summary>Initial diagnoses of another histology than the tumor the board treats: second primaries, managed separately.</summary>
    public ImmutableArray<Diagnosis> SecondPrimaries { get; }

    /// <summary>The widest extent recorded.</summary>
    public DiseaseExtent Extent { get; }

    /// <summary>Brain or leptomeningeal disease: from a diagnosis, or from a CNS lesion on imaging.</summary>
    public bool CnsDisease { get; }

    /// <summary>Where the CNS disease is recorded ("brain metastases at diagnosis dx2", "new brain lesion B1 on imaging 2023-05").</summary>
    public string CnsReason { get; }

    /// <summary>The tumor type used to match evidence (IMT, EIMS, or the histology word).</summary>
    public string TumorType { get; }

    /// <summary>The date of the decision: the as-of date; after line N, the start of line N + 1 when the record gives it; else the latest date the (truncated) record holds.</summary>
    public PartialDate? DecisionDate { get; }

    /// <summary>The decision date as reports write it.</summary>
    public string DecisionText => DecisionDate?.Text ?? "an undated decision";

    /// <summary>Age at the decision, as a range when dates are partial.</summary>
    public AgeRange? Age { get; }

    /// <summary>The current or last line of systemic therapy: the one that started last (by date, then number).</summary>
    public TherapyLine? LastLine { get; }

    /// <summary>ALK status with its reasons.</summary>
    public AlkStatus AlkStatus { get; }

    /// <summary>The interpreted alterations found so far (fusions, mutations as compound profiles per test, copy number, expression).</summary>
    public ImmutableArray<Interpretation> Findings { get; }

    /// <summary>Every ALK mutation profile found, with its state.</summary>
    public ImmutableArray<MutationProfileState> MutationStates { get; }

    /// <summary>The ALK mutation profiles that are present or possibly present now.</summary>
    public ImmutableArray<CurrentProfile> CurrentProfiles { get; }

    /// <summary>What the labels say about this patient.</summary>
    internal LabelReading Labels { get; }

    /// <summary>Every drug given, per line, with how it ended.</summary>
    public ImmutableArray<ExposureOutcome> Exposures { get; }

    /// <summary>The interpretation of the ALK fusion that drives the tumor (partner-specific when the partner is known), from establishing results only.</summary>
    public Interpretation? AlkDriver => Findings.Where(f => f.Gene == "ALK" && f.Kind == AlterationKind.Fusion && !f.Notes.Any(n => n.StartsWith(NotEstablishing, StringComparison.Ordinal)))
        .OrderBy(f => f.Partners.Length == 2 ? 0 : 1).FirstOrDefault();

    /// <summary>True when the drug is an ALK inhibitor of the knowledge base.</summary>
    public bool IsAlkInhibitor(DrugName drug) => Kb.Drugs.TryGetValue(drug.Value, out var d) && d.IsAlkInhibitor;

    /// <summary>The ALK inhibitors of the knowledge base (enumerated by name; the ranking never depends on this order).</summary>
    public IEnumerable<DrugName> AlkInhibitors => Kb.Drugs.Values.Where(d => d.IsAlkInhibitor).Select(d => d.Name).Order(StringComparer.Ordinal).Select(DrugName.Of);

    /// <summary>A drug's generation from the knowledge base, when sourced.</summary>
    public int? Generation(DrugName drug) =>
        Kb.Drugs.TryGetValue(drug.Value, out var d) && d.Generation is { } g && int.TryParse(g.Value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>True when the patient is in the setting a statement's evidence was observed in.</summary>
    public bool InSetting(Implication implication)
    {
        ArgumentNullException.ThrowIfNull(implication);
        // "After" a drug: it ended, or the disease progressed on it (progression while it continues counts).
        var after = Exposures.Where(e => IsAlkInhibitor(e.Drug) && (!e.Ongoing || e.ProgressedOnIt)).ToList();
        return implication.Setting switch
        {
            TherapySetting.Any => true,
            TherapySetting.AlkInhibitorNaive => !Exposures.Any(e => IsAlkInhibitor(e.Drug)),
            TherapySetting.AfterCrizotinib => after.Any(e => Kb.Drugs[e.Drug.Value].Generation?.Value == "1"),
            TherapySetting.AfterSecondGeneration => after.Any(e => Generation(e.Drug) == 2),
            TherapySetting.AfterAlkInhibitor => after.Count > 0,
            _ => throw new ArgumentOutOfRangeException(nameof(implication), implication.Setting, "unknown setting"),
        };
    }

    /// <summary>The ALK mutation profile found at the progression of a line (a test taken during that line, before the next one), interpreted.</summary>
    public Interpretation? ProfileAtProgression(int line)
    {
        var tests = MolecularState.Ordered(Case).Where(t => t.LinesBefore == line && MolecularState.CoversAlkMutations(t.Test))
            .Select(t => t.Test.Results.OfType<SequenceVariant>().Where(v => v.Gene == "ALK").ToImmutableArray()).Where(v => v.Length > 0).ToList();
        return tests.Count == 0 ? null : InterpretProfile(tests[^1]);
    }

    /// <summary>True when a date may be on or before the decision (undated items count).</summary>
    internal bool AtOrBeforeDecision(PartialDate? date) => date is not { } d || DecisionDate is not { } on || !d.IsCertainlyAfter(on);

    /// <summary>True when an approval's decision was certainly taken by the decision date (undated decisions: when the approval carries no date).</summary>
    public bool DecidedBy(Approval approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        return approval.Decision is not { } d || DecisionDate is not { } on || d.Latest <= on.Earliest;
    }

    /// <summary>True when the patient meets an approval's condition: recurrent or refractory disease means a prior systemic line, or a recurrence or progression recorded as a diagnosis event.</summary>
    public bool MeetsCondition(Approval approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        return approval.Condition switch
        {
            null => true,
            "recurrent_or_refractory" => Case.TherapyLines.Length > 0 || Case.Diagnoses.Any(d => d.Event is DiagnosisEvent.Recurrence or DiagnosisEvent.MetastaticProgression),
            _ => throw new ArgumentOutOfRangeException(nameof(approval), approval.Condition, "unknown approval condition"),
        };
    }

    /// <summary>True when the patient's age range meets an approval's age limits (a range that may meet them counts, and is flagged by the dose factor).</summary>
    public bool AgeWithin(int? min, int? max) =>
        Age is not { } a || ((min is null || a.MaxYears >= min) && (max is null || a.MinYears <= max));

    private IEnumerable<string> RespondedLines() =>
        Responses.Lines.Where(r => r.BestOverallResponse is ResponseCategory.CR or ResponseCategory.PR
                && Case.TherapyLines.FirstOrDefault(l => l.Number == r.Line) is { } l && l.Agents.Any(a => IsAlkInhibitor(a.Drug)))
            .Select(r => $"line {r.Line}, best response {r.BestOverallResponse}");

    private bool Progressed(TherapyLine line) =>
        line.ReasonStopped == StopReason.Progression
        || Responses.Lines.FirstOrDefault(r => r.Line == line.Number)?.Timepoints.Any(t => t.OverallResponse == ResponseCategory.PD) == true;

    private ExposureOutcome Exposure(TherapyLine line, TherapyAgent agent)
    {
        var events = Case.AdverseEvents.Where(e => e.Drug == agent.Drug).ToList();
        var lifeThreatening = events.Any(e => e.Grade == 5 || (e.Grade >= 4 && LifeThreateningTerms.Any(t => e.Term.Contains(t, StringComparison.OrdinalIgnoreCase))));
        return new ExposureOutcome(agent.Drug, line.Number, CaseWords.Of(line.ReasonStopped), line.ReasonStopped == StopReason.Ongoing, Progressed(line), lifeThreatening, events.Max(e => e.Grade));
    }

    private static (bool Cns, string Reason) Cns(PatientCase c)
    {
        if (c.Diagnoses.FirstOrDefault(d => d.CnsMetastases == true) is { } dx)
        {
            return (true, $"CNS disease (diagnosis {dx.Id})");
        }

        var cnsLesions = c.Lesions.Where(l => IsCns(l.Organ) || IsCns(l.Site)).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var seen = c.Assessments.Where(a => a.Observations.Any(o => cnsLesions.Contains(o.LesionId) && o.State is not (LesionState.Disappeared or LesionState.NotEvaluated)))
            .Select(a => (a, o: a.Observations.First(o => cnsLesions.Contains(o.LesionId) && o.State is not (LesionState.Disappeared or LesionState.NotEvaluated)))).FirstOrDefault();
        return seen.a is null
            ? (false, "no CNS disease recorded")
            : (true, $"CNS disease on imaging (lesion {seen.o.LesionId} at {seen.a.Id}{(seen.a.Date is { } d ? $", {d}" : string.Empty)})");
    }

    private static bool IsCns(string? text) => text is not null && CnsOrgans.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>The latest date anywhere in the record (the decision date of an "after line N" or end-of-record request).</summary>
    private static PartialDate? Latest(PatientCase c)
    {
        var dates = c.TherapyLines.SelectMany(l => new[] { l.Start, l.End }).Concat(c.Assessments.Select(a => a.Date)).Concat(c.MolecularTests.Select(t => t.Date))
            .Concat(c.Diagnoses.Select(d => d.Date)).Concat(c.LocalTherapies.Select(t => t.Date)).Concat(c.AdverseEvents.Select(e => e.Onset))
            .Concat(c.PatientStatus.Select(s => s.Date)).Concat(c.Medications.Select(m => m.Start)).Concat(c.Refusals.Select(r => r.Date))
            .Append(c.Outcome?.LastFollowUp).Append(c.Outcome?.DeathDate)
            .Where(d => d is not null).Select(d => d!.Value).ToList();
        return dates.Count == 0 ? null : dates.MaxBy(d => d.Latest);
    }
}
