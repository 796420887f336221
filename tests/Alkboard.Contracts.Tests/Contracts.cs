using System.Security.Cryptography;
using Alkboard.Contracts.Cases;
using Alkboard.Contracts.Cohorts;
using Alkboard.Contracts.Genomics;
using Alkboard.Contracts.Import;
using Alkboard.Contracts.Knowledge;
using Alkboard.Contracts.Recist;
using Alkboard.Contracts.Recommendation;
using Alkboard.Contracts.Tests.Support;
using Alkboard.Contracts.Timeline;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Cohorts;
using Alkboard.Core.Evidence;
using Alkboard.Core.Import;
using Alkboard.Core.Import.Cbioportal;
using Alkboard.Core.Knowledge;
using Alkboard.Core.Recist;
using Alkboard.Core.Recommendation;
using Alkboard.Core.Timeline;

namespace Alkboard.Contracts.Tests;

/// <summary>Every JSON output of the program, with real values made by the Core engines from the example cases and the knowledge base.</summary>
public static class Contracts
{
    public static IReadOnlyList<Contract> All { get; } =
    [
        new("recommend", AlkboardJson.TypeInfo<RecommendationJson>(), Recommendations, new("recommend.md", "## JSON contract", DocumentedElsewhere: ["findings"])),
        new("interpret", AlkboardJson.TypeInfo<IReadOnlyList<InterpretedAlterationJson>>(), Interpretations, new("interpret.md", "## JSON contract", DocumentedElsewhere: ["oncoKb"])),
        new("cohort-response", AlkboardJson.TypeInfo<ResponseRatesJson>(), ResponseRates, new("cohort.md", "## JSON of `cohort response`")),
        new("cohort-survival", AlkboardJson.TypeInfo<SurvivalJson>(), Survival, new("cohort.md", "## JSON of `cohort survival`")),
        new("kb-info", AlkboardJson.TypeInfo<KnowledgeSummaryJson>(), () => [AlkboardJson.Serialize(KnowledgeSummaryJson.From(Examples.KnowledgeBase))], new("knowledge.md", "`alkboard kb info --format json`:", Maps: ["statementsBySource", "statementsByLevel", "statementsByKind"])),
        new("kb-validate", AlkboardJson.TypeInfo<KnowledgeValidationJson>(), KnowledgeValidation, new("knowledge.md", "`alkboard kb validate --format json`:")),
        new("kb-releases", AlkboardJson.TypeInfo<KnowledgeReleasesJson>(), KnowledgeReleaseList, new("knowledge.md", "`alkboard kb releases DIR --format json`:")),
        new("kb-map", AlkboardJson.TypeInfo<ResistanceMapJson>(), ResistanceMaps, new("knowledge.md", "`alkboard kb map [--drug NAME] [--mutation MUTATION] --format json`:")),
        new("recist", AlkboardJson.TypeInfo<RecistJson>(), Recist, new("recist.md", "## JSON (`--format json`)")),
        new("show", AlkboardJson.TypeInfo<CaseViewJson>(), () => Examples.Cases().Select(c => AlkboardJson.Serialize(CaseViewJson.From(CaseViewBuilder.Build(c.Case, c.File)))), new("cli.md", "JSON output (field names are stable", DocumentedElsewhere: ["responses"])),
        new("validate", AlkboardJson.TypeInfo<IReadOnlyList<CaseValidationJson>>(), Validations, new("cli.md", "JSON output: an array, one object per file")),
        new("import", AlkboardJson.TypeInfo<ImportSummaryJson>(), Imports, new("import.md", "need annotation); then each added test and result with `file:line`. JSON:", Maps: ["counts"])),
        new("import-study", AlkboardJson.TypeInfo<StudyImportSummaryJson>(), Studies, new("import-study.md", "## JSON summary (`--format json`)", Maps: ["counts"])),
    ];

    public static TheoryData<string> Names => [.. All.Select(c => c.Name)];

    public static Contract Named(string name) => All.Single(c => c.Name == name);

    private static IEnumerable<string> Recommendations()
    {
        var kb = Examples.KnowledgeBase;
        foreach (var path in RepoPaths.ExampleCases())
        {
            var c = CaseLoader.LoadFile(path, kb.Vocabulary).Case!;
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
            foreach (var line in c.TherapyLines.Select(l => (int?)l.Number).Prepend(null))
            {
                var report = RecommendationEngine.Recommend(c, kb, new RecommendationRequest(new AsOf(null, line), line is null ? "EU" : null));
                yield return AlkboardJson.Serialize(RecommendationJson.From(report, kb, hash, "Decision support only."));
            }
        }
    }

    private static IEnumerable<string> Interpretations()
    {
        string[] inputs = ["EML4::ALK", "ALK G1202R+L1196M", "p.Leu1196Gln", "MET amplification", "ALK F1174L", "KRAS G12C", "nonsense xyz"];
        foreach (var tumor in new[] { "IMT", "NSCLC" })
        {
            yield return AlkboardJson.Serialize<IReadOnlyList<InterpretedAlterationJson>>([.. Interpreter.Interpret(inputs, tumor, Examples.KnowledgeBase).Select(r => InterpretedAlterationJson.From(r, Examples.KnowledgeBase, []))]);
        }

        // With lab files: the OncoKB annotations of the same alterations beside the interpretation.
        var kb = Examples.KnowledgeBase;
        var fixtures = Path.Combine(RepoPaths.Root, "tests", "Alkboard.Core.Tests", "Import", "Fixtures");
        var files = new[] { "oncokb.annotated.maf", "oncokb.annotated.fusions.txt", "oncokb.clinical.txt" }.Select(f => LabFileImporter.Import(Path.Combine(fixtures, f), new ImportOptions(), kb)).ToList();
        var annotations = OncoKbAnnotations.Of(files);
        var texts = files.SelectMany(f => f.Results).Select(ImportedAlteration.Text).Distinct(StringComparer.Ordinal).ToList();
        yield return AlkboardJson.Serialize<IReadOnlyList<InterpretedAlterationJson>>([.. Interpreter.Interpret(texts, "IMT", kb).Select(r => InterpretedAlterationJson.From(r, kb,
            annotations.Where(a => ImportedAlteration.Text(a.Result) == r.Input).Select(a => OncoKbComparer.Compare(a, r, "IMT", kb))))]);
    }

    private static Cohort SeedCohort() =>
        Cohort.FromCases(CaseFolder.Load(RepoPaths.Examples, Examples.KnowledgeBase.Vocabulary).Cases.Select(l => (l.File, l.Case!)));

    private static IEnumerable<string> ResponseRates()
    {
        var cohort = SeedCohort();
        var rows = Core.Cohorts.ResponseRates.Rows(cohort);
        foreach (var by in new[] { CohortVariable.Drug, CohortVariable.Line })
        {
            var rates = Core.Cohorts.ResponseRates.By(rows, by);
            yield return AlkboardJson.Serialize(ResponseRatesJson.From(cohort.Patients.Count, CohortVariables.Word(by), rates, Core.Cohorts.ResponseRates.Compare(rates), rows));
        }
    }

    private static IEnumerable<string> Survival()
    {
        var (sample, excluded) = SurvivalAnalyzer.FromCohort(SeedCohort(), SurvivalEndpoint.OverallSurvival, CohortVariable.All);
        yield return AlkboardJson.Serialize(SurvivalJson.From(SurvivalAnalyzer.Analyze(sample, "months", excluded, null), false, null));

        var csv = Path.Combine(RepoPaths.Root, "tests", "Alkboard.Core.Tests", "Cohorts", "Data", "synthetic_ties.csv");
        var table = SurvivalTableReader.Read(File.ReadAllText(csv), "time", "status", "group").Table!;
        yield return AlkboardJson.Serialize(SurvivalJson.From(SurvivalAnalyzer.Analyze(table.Sample, "time units of the file", [.. table.Excluded], table.EventCoding), false, "km.svg"));
    }

    private static IEnumerable<string> KnowledgeReleaseList()
    {
        var folder = Directory.CreateTempSubdirectory("alkboard-contract-releases-").FullName;
        try
        {
            var (release, problems) = KnowledgeReleases.Publish(RepoPaths.Knowledge, folder);
            problems.ShouldBeEmpty();
            yield return AlkboardJson.Serialize(KnowledgeReleasesJson.From(folder, KnowledgeReleases.List(folder)));
            var statements = Path.Combine(release!.Folder, "statements.yaml");
            File.SetAttributes(statements, FileAttributes.Normal);
            File.AppendAllText(statements, "\n");
            yield return AlkboardJson.Serialize(KnowledgeReleasesJson.From(folder, KnowledgeReleases.List(folder)));
        }
        finally
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> KnowledgeValidation()
    {
        var (kb, problems) = KnowledgeLoader.Load(RepoPaths.Knowledge);
        yield return AlkboardJson.Serialize(KnowledgeValidationJson.From(RepoPaths.Knowledge, kb?.Release, problems));
    }

    private static IEnumerable<string> ResistanceMaps()
    {
        var cells = ResistanceMap.Build(Examples.KnowledgeBase);
        yield return AlkboardJson.Serialize(new ResistanceMapJson(Examples.KnowledgeBase.Release, "reading", [.. cells.Select(MapCellJson.From)]));
    }

    private static IEnumerable<string> Recist()
    {
        foreach (var (_, c) in Examples.Cases())
        {
            foreach (var options in new[] { RecistOptions.Default, new RecistOptions(RequireConfirmation: true) })
            {
                yield return AlkboardJson.Serialize(RecistJson.From(RecistEngine.Evaluate(c, options), options));
            }
        }
    }

    private static IEnumerable<string> Validations()
    {
        var hostile = Path.Combine(RepoPaths.Root, "tests", "Alkboard.Cli.Tests", "Hostile");
        var files = RepoPaths.ExampleCases().Concat(Directory.EnumerateFiles(hostile).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        yield return AlkboardJson.Serialize<IReadOnlyList<CaseValidationJson>>([.. files.Select(f => CaseValidationJson.From(CaseLoader.LoadFile(f, Examples.KnowledgeBase.Vocabulary)))]);
    }

    private static IEnumerable<string> Imports()
    {
        var kb = Examples.KnowledgeBase;
        var fixtures = Path.Combine(RepoPaths.Root, "tests", "Alkboard.Core.Tests", "Import", "Fixtures");
        var caseFile = Path.Combine(RepoPaths.Examples, "seed-001-p1-rrbp1-alk-imt.json");
        var imports = new[] { "seed-001-p1.arriba.tsv", "seed-001-p1.vep.vcf" }.Select(f => LabFileImporter.Import(Path.Combine(fixtures, f), new ImportOptions(), kb)).ToList();
        var result = CaseImporter.AddToCase(caseFile, imports, new ImportedTestDetails(null, 2, Core.Cases.TestMethod.Unspecified, new Core.Cases.Specimen(Core.Cases.SpecimenKind.Unknown, null)), kb);
        yield return AlkboardJson.Serialize(ImportSummaryJson.From("seed-001-p1-rrbp1-alk-imt.json", null, imports, result));
        var annotated = new[] { "oncokb.annotated.maf", "oncokb.annotated.cna.txt", "oncokb.clinical.txt" }.Select(f => LabFileImporter.Import(Path.Combine(fixtures, f), new ImportOptions(), kb)).ToList();
        var withOncoKb = CaseImporter.AddToCase(caseFile, annotated, new ImportedTestDetails(null, 2, Core.Cases.TestMethod.DnaPanel, new Core.Cases.Specimen(Core.Cases.SpecimenKind.Tissue, null)), kb);
        yield return AlkboardJson.Serialize(ImportSummaryJson.From("seed-001-p1-rrbp1-alk-imt.json", null, annotated, withOncoKb, OncoKbComparer.CompareAll(OncoKbAnnotations.Of(annotated), "IMT", kb)));
        var rejected = LabFileImporter.Import(Path.Combine(fixtures, "malformed.vcf"), new ImportOptions(), kb);
        yield return AlkboardJson.Serialize(ImportSummaryJson.From("seed-001-p1-rrbp1-alk-imt.json", "out.json", [rejected], result));
    }

    private static IEnumerable<string> Studies()
    {
        var kb = Examples.KnowledgeBase;
        var fixtures = Path.Combine(RepoPaths.Root, "tests", "Alkboard.Core.Tests", "Import", "Fixtures", "cbioportal");
        var anchors = AnchorFile.Read(Path.Combine(fixtures, "synthetic_imt.anchors.tsv")).Anchors;
        var study = Path.Combine(fixtures, "synthetic_imt");
        yield return AlkboardJson.Serialize(StudyImportSummaryJson.From(StudyImporter.Import(study, new StudyOptions(Anchors: anchors, Synthetic: true), kb), "cases"));
        yield return AlkboardJson.Serialize(StudyImportSummaryJson.From(StudyImporter.Import(study, new StudyOptions(Synthetic: true), kb), null));
    }
}
