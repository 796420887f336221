using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Import;
using Alkboard.Core.Import.Cbioportal;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Import;

/// <summary>
/// alkboard import-study on cBioPortal's own test study and validator edge cases (formats/cbioportal,
/// README sections 3.1 and 3.2; never copied into the repository): the counts and findings the
/// README states. Run by scripts/conformance with ALKBOARD_FORMAT_INPUTS; scripts/test leaves them out.
/// </summary>
[Trait("Category", "Conformance")]
public class CbioportalConformanceTests
{
    private const string TimelineMeta = "meta_timeline_from_study_es_0_inc.txt";

    private static string Folder => Environment.GetEnvironmentVariable("ALKBOARD_FORMAT_INPUTS")
        ?? throw new InvalidOperationException("ALKBOARD_FORMAT_INPUTS is not set: run scripts/conformance");

    private static string Study => Path.Combine(Folder, "cbioportal", "study_es_0");

    private static string Edge(string name) => Path.Combine(Folder, "cbioportal", "edge_cases", name);

    private static readonly Lazy<StudyImport> Mapped = new(() => StudyImporter.Import(Study,
        new StudyOptions(DataFiles: ImmutableDictionary<string, string>.Empty.Add(TimelineMeta, "data_timeline_from_study_es_0_inc.txt")), Kb.Instance));

    private static StudyFileImport File(string name) => Mapped.Value.Files.Single(f => Path.GetFileName(f.File) == name);

    [Fact]
    public void The_timeline_meta_file_names_its_upstream_data_file_and_is_read_only_when_mapped()
    {
        var unmapped = StudyImporter.Import(Study, new StudyOptions(), Kb.Instance);

        var error = unmapped.AllDiagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(ImportErrorCodes.StudyDataFileMissing);
        Path.GetFileName(error.Location.File).ShouldBe(TimelineMeta);
        error.Message.ShouldContain("'data_timeline.txt'");
        error.Message.ShouldContain("data_timeline_from_study_es_0_inc.txt");
        unmapped.Patients.ShouldBeEmpty();
        Mapped.Value.Success.ShouldBeTrue();
    }

    [Fact]
    public void Study_es_0_gives_841_patients_845_samples_and_a_valid_case_each()
    {
        var study = Mapped.Value;

        study.StudyId.ShouldBe("study_es_0");
        study.GenomeBuild.ShouldBe("GRCh37");
        study.CancerType.ShouldBe("brca-es0");
        study.CancerTypeName.ShouldBe("Breast Invasive Carcinoma");
        File("data_clinical_patients.txt").Counts["patients"].ShouldBe(841);
        File("data_clinical_samples.txt").Counts["samples"].ShouldBe(845);
        study.Patients.Length.ShouldBe(841);
        study.Patients.Sum(p => p.Samples.Length).ShouldBe(845);
        study.Patients.Single(p => p.Id == "TCGA-A1-A0SB").Samples.ShouldBe(["TCGA-A1-A0SB-01", "TCGA-A1-A0SB-02"]);
        study.Patients.Single(p => p.Id == "TEST_PATIENT_NAMESPACE").Samples.Length.ShouldBe(3);
        study.Patients.ShouldAllBe(p => p.Histology == "other" && p.CancerTypeCode == "brca-es0");
    }

    [Fact]
    public async Task Every_case_of_study_es_0_meets_the_case_schema()
    {
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Docs, "case.schema.json"), TestContext.Current.CancellationToken);

        Mapped.Value.Patients.SelectMany(p => schema.Validate(p.CaseJson).Select(e => $"{p.Id} {e.Path}: {e.Kind}")).ShouldBeEmpty();
        Mapped.Value.Patients[0].Case.Source.Pmid.ShouldBe("29625048");
    }

    [Fact]
    public void Missing_clinical_values_stay_missing_and_statuses_split_on_the_first_colon()
    {
        var first = Mapped.Value.Patients[0];

        first.Id.ShouldBe("TCGA-A2-A04P");
        first.Case.Outcome.ShouldBeNull();
        first.Case.Notes[0].ShouldBe("cBioPortal patient attributes (data_clinical_patients.txt:6): OS_STATUS not available; OS_MONTHS not available; DFS_STATUS 1:Recurred/Progressed (code 1, Recurred/Progressed); DFS_MONTHS not available");
        var deceased = Mapped.Value.Patients.Single(p => p.Id == "TCGA-A1-A0SK").Case.Outcome!;
        deceased.VitalStatus.ShouldBe(VitalStatus.Dead);
        deceased.Note!.ShouldContain("OS_MONTHS 31.77");
        Mapped.Value.Patients.Count(p => p.Case.Outcome?.VitalStatus == VitalStatus.Alive).ShouldBe(721);
        Mapped.Value.Patients.Count(p => p.Case.Outcome?.VitalStatus == VitalStatus.Dead).ShouldBe(87);
        Mapped.Value.Patients.Count(p => p.Case.Outcome is null).ShouldBe(33);
    }

    [Fact]
    public void The_extended_maf_gives_36_mutations_and_the_structural_variants_48_rows_with_the_4_alk_rows()
    {
        File("data_mutations_extended.maf").Counts["rows"].ShouldBe(36);
        var sv = File("data_structural_variants.txt");
        sv.Counts["structural variant rows"].ShouldBe(48);
        sv.GenomeBuild.ShouldBe("GRCh37");
        var alk = sv.Results.OfType<FusionCall>().Where(f => f.FivePrimeGene == "ALK" || f.ThreePrimeGene == "ALK").ToList();
        alk.Select(f => $"{f.Provenance!.Sample} {f.FivePrimeGene}({f.FivePrimeExons})::{f.ThreePrimeGene}({f.ThreePrimeExons}) {f.Breakpoint} line {f.Provenance.Line}").ShouldBe(
        [
            "TCGA-A2-A04P-01 EML4(6)::ALK(20) 2:42492091 / 2:29446394 (GRCh37) line 5",
            "TCGA-A2-A04P-01 ALK(11)::PTPN3(3) 2:29497964 / 9:112219679 (GRCh37) line 8",
            "TCGA-A1-A0SB-01 EML4(13)::ALK(20) 2:42522656 / 2:29446335 (GRCh37) line 9",
            "TCGA-A2-A04P-01 TTN(28)::ALK(20) 1:222222222 / 2:29446394 (GRCh37) line 12",
        ]);
        alk[1].Note!.ShouldContain("ALK is the 5' partner");
    }

    [Fact]
    public void The_long_copy_number_file_gives_6304_rows_with_the_value_tallies()
    {
        var cna = File("data_cna_discrete.txt");

        cna.Counts["copy-number rows"].ShouldBe(6304);
        cna.Counts["value 0 (diploid; not added)"].ShouldBe(4561);
        cna.Counts["value -1, single-copy loss (heterozygous deletion)"].ShouldBe(1491);
        cna.Counts["value 1, low-level gain"].ShouldBe(189);
        cna.Counts["value 2, high-level amplification"].ShouldBe(49);
        cna.Counts["value -2, deep loss (possibly a homozygous deletion)"].ShouldBe(14);
    }

    [Fact]
    public void The_three_timeline_rows_are_listed_and_the_patient_outside_the_clinical_files_is_a_warning()
    {
        var study = Mapped.Value;

        File("data_timeline_from_study_es_0_inc.txt").Counts["timeline rows"].ShouldBe(3);
        study.Unplaced.Select(u => $"{u.Line} {u.Patient} {u.EventType} {u.StartDay}").ShouldBe(["2 TCGA-BH-A18K SPECIMEN 20", "3 TCGA-BH-A18K STATUS 10", "4 TCGA-BH-NEW STATUS 100"]);
        study.Unplaced[2].Reason.ShouldBe("the patient is not in the clinical files");
        var warning = study.AllDiagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe(ImportErrorCodes.TimelinePatientUnknown);
        warning.Location.Line.ShouldBe(4);
    }

    [Fact]
    public void A_duplicate_structural_variant_is_exactly_one_error_at_line_9()
    {
        var read = StructuralVariantReader.Read(Edge("data_structural_variants_duplicate_entry.txt"), null, Kb.Instance, allGenes: true);

        var error = read.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(ImportErrorCodes.StructuralVariantFile);
        error.Location.Line.ShouldBe(9);
        error.Message.ShouldContain("duplicate entry in structural variant data: the same event as line 4");
        read.Results.ShouldBeEmpty();
    }

    [Fact]
    public void Missing_structural_variant_columns_reject_the_file_whole_naming_the_site2_gene_column()
    {
        var read = StructuralVariantReader.Read(Edge("data_structural_variants_missing_columns.txt"), null, Kb.Instance, allGenes: true, namespaces: ["MyNamespace"], namespacesLine: 9);

        read.Success.ShouldBeFalse();
        read.Results.ShouldBeEmpty();
        read.Errors.ShouldAllBe(e => e.Location.Line == 1);
        read.Errors.Select(e => e.Message).ShouldSatisfyAllConditions(
            m => m.ShouldContain(s => s.Contains("required column SV_Status", StringComparison.Ordinal)),
            m => m.ShouldContain(s => s.Contains("namespace 'MyNamespace'", StringComparison.Ordinal)),
            m => m.ShouldContain(s => s.Contains("neither Site2_Hugo_Symbol nor Site2_Entrez_Gene_Id", StringComparison.Ordinal)));
        read.Errors.Count().ShouldBe(3);
    }

    [Fact]
    public void Quoted_patient_values_are_located_split_on_tabs_only()
    {
        var table = ClinicalFile.Read(Edge("study_quotes_data_patients.txt"), ClinicalKind.Patient, null);

        table.File.Counts["patients"].ShouldBe(825);
        table.File.Errors.Select(e => $"{e.Location.Line}:{e.Location.Column}").ShouldBe(["19:3", "24:3", "24:5", "432:1"]);
        table.File.Errors.ElementAt(0).Message.ShouldContain("OS_MONTHS is '\"8.77\"', not a real number");
        table.File.Errors.ElementAt(2).Message.ShouldContain("DFS_MONTHS");
        table.File.Errors.ElementAt(3).Message.ShouldContain("'\"TCGA-BH-A0HW\"' is not a valid PATIENT_ID");
        table.File.Warnings.ShouldHaveSingleItem().Code.ShouldBe(ImportErrorCodes.QuotedValue);
    }

    [Fact]
    public void Quoted_sample_ids_are_invalid_at_lines_9_and_12()
    {
        var table = ClinicalFile.Read(Edge("study_quotes_data_samples.txt"), ClinicalKind.Sample, null);

        table.File.Counts["samples"].ShouldBe(826);
        table.File.Errors.Select(e => $"{e.Location.Line}:{e.Location.Column}").ShouldBe(["9:2", "12:2"]);
        table.File.Errors.ShouldAllBe(e => e.Message.Contains("is not a valid SAMPLE_ID", StringComparison.Ordinal));
        table.File.Warnings.ShouldHaveSingleItem().Location.Line.ShouldBe(6);
    }
}
