using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Recommendation;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Recommendation;

/// <summary>Seed cases and synthetic cases for the recommendation tests.</summary>
internal static class RecommendationTestCases
{
    public static PatientCase Seed(string name) => CaseLoader.LoadFile(Path.Combine(RepoPaths.Examples, name), Kb.Instance.Vocabulary).Case!;

    public static RecommendationReport Recommend(PatientCase c, AsOf? asOf = null, string? jurisdiction = null) =>
        RecommendationEngine.Recommend(c, Kb.Instance, new RecommendationRequest(asOf ?? AsOf.Everything, jurisdiction));

    public static RecommendationReport Seed(string name, int afterLine, string? jurisdiction = null) => Recommend(Seed(name), new AsOf(null, afterLine), jurisdiction);

    public static IReadOnlyList<string> Titles(RecommendationReport r) => [.. r.Options.Select(o => o.Title)];

    /// <summary>A synthetic metastatic EML4-ALK IMT; lines and extra YAML are appended by the test.</summary>
    public static PatientCase Synthetic(string extra, string tests = "", string extent = "metastatic", string cns = "false", int age = 30) =>
        SyntheticCase.Load($"""
            schemaVersion: 1
            source: {"{"} citation: "Synthetic recommendation test", synthetic: true {"}"}
            patient: {"{"} id: synth-rec, sex: female, ageAtDiagnosis: {age} {"}"}
            diagnoses: [ {"{"} date: 2020-01, histology: imt, extent: {extent}, cnsMetastases: {cns} {"}"} ]
            molecularTests:
              - {"{"} id: dx, date: 2020-01, method: rna_panel, results: [ {"{"} kind: fusion, fivePrime: EML4, threePrime: ALK {"}"} ] {"}"}
            {tests}
            {extra}
            """);
}
