using System.Collections.Immutable;
using Alkboard.Core.Cases;
using Alkboard.Core.Diagnostics;
using Alkboard.Core.Import;
using Alkboard.Core.Import.Cbioportal;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Import;

/// <summary>alkboard import-study's reader on the synthetic study of Fixtures/cbioportal and its broken variants.</summary>
public sealed class StudyImporterTests
{
    private static readonly string Cbioportal = ImportFixtures.Path("cbioportal");

    private static string Synthetic => Path.Combine(Cbioportal, "synthetic_imt");

    private static StudyOptions Anchored => new(Anchors: AnchorFile.Read(Path.Combine(Cbioportal, "synthetic_imt.anchors.tsv")).Anchors, Synthetic: true);

    private static StudyImport Import(string folder, StudyOptions? options = null) => StudyImporter.Import(folder, options ?? new StudyOptions(Synthetic: true), Kb.Instance);

    private static StudyPatient Patient(StudyImport study, string id) => study.Patients.Single(p => p.Id == id);

    [Fact]
    public void The_synthetic_study_gives_one_case_per_patient_with_lines_dated_tests_and_an_imt_diagnosis()
    {
        var study = Import(Synthetic, Anchored);

        var open = study.AllDiagnostics.ShouldHaveSingleItem();
        (open.Code, open.Severity, Path.GetFileName(open.Location.File), open.Location.Line).ShouldBe((ImportErrorCodes.OpenTreatment, DiagnosticSeverity.Warning, "data_timeline_treatment.txt", 3));
        study.StudyId.ShouldBe("synthetic_imt");
        study.GenomeBuild.ShouldBe("GRCh37");
        study.Patients.Select(p => p.Id).ShouldBe(["SYN-P1", "SYN-P2"]);
        var p1 = Patient(study, "SYN-P1").Case;
        p1.Patient.ShouldBe(new Core.Cases.Patient("SYN-P1", Sex.Female, null, 34));
        p1.Diagnoses.ShouldHaveSingleItem().Histology.ShouldBe(Histology.InflammatoryMyofibroblasticTumor);
        p1.Diagnoses[0].OncoTreeCode.ShouldBe("IMT");
        p1.TherapyLines.Select(l => $"{l.Number} {l.DrugsText} {l.Start} {l.End?.Text ?? "-"} {l.ReasonStopped} {l.Agents[0].AlkInhibitor}")
            .ShouldBe(["1 crizotinib 2019-04-03 2020-04-07 Unknown True", "2 lorlatinib 2020-04-27 - Ongoing True"]);
        p1.Assessments.Select(a => $"{a.Date} {a.ReportedResponse}").ShouldBe(["2019-07-02 PR", "2020-04-07 PD"]);
        p1.Outcome!.VitalStatus.ShouldBe(VitalStatus.Alive);
        p1.MolecularTests.Select(t => $"{t.Id} {t.Date} {t.Specimen.Kind} {t.Specimen.Site} {string.Join(",", t.Results.Select(r => r.Describe()))}").ShouldBe(
        [
            "SYN-P1-S2-cna 2020-04-12 Tissue liver ALK gain",
            "SYN-P1-S2-mutations 2020-04-12 Tissue liver ALK p.G1202R c.3604G>A (VAF 20%)",
            "SYN-P1-S1-structural_variants 2019-03-04 Tissue abdominal mass EML4(ex13)::ALK(ex20) fusion, in frame",
        ]);
    }

    [Fact]
    public void Every_imported_result_carries_its_provenance_and_reads_back_from_the_case_file()
    {
        var study = Import(Synthetic, Anchored);

        var results = study.Patients.SelectMany(p => p.Case.MolecularTests).SelectMany(t => t.Results).ToList();
        results.Count.ShouldBe(4);
        foreach (var r in results)
        {
            r.Provenance.ShouldNotBeNull();
            r.Provenance.Sha256.Length.ShouldBe(64);
            r.Provenance.GenomeBuild.ShouldBe("GRCh37");
            r.Provenance.Line.ShouldBeGreaterThan(1);
        }

        var cna = results.OfType<CopyNumberChange>().Single(c => c.Gene == "MET");
        cna.Call.ShouldBe(CopyNumberCall.Amplification);
        cna.Provenance.ShouldBe(new ResultProvenance("data_cna.txt", Sha("synthetic_imt/data_cna.txt"), null, null, "GRCh37", "SYN-P2-S1", 2));
        var fusion = results.OfType<FusionCall>().Single();
        fusion.Provenance!.File.ShouldBe("data_structural_variants.txt");
        fusion.Provenance.Line.ShouldBe(2);
        results.OfType<SequenceVariant>().Single().Provenance!.Line.ShouldBe(3);
    }

    [Fact]
    public void A_cancer_type_outside_the_knowledge_base_is_recorded_as_other_with_its_code()
    {
        var p2 = Patient(Import(Synthetic, Anchored), "SYN-P2");

        p2.Histology.ShouldBe("other");
        p2.CancerTypeCode.ShouldBe("NSCLC");
        p2.Case.Diagnoses[0].HistologyText!.ShouldContain("NSCLC");
        p2.Case.Diagnoses[0].HistologyText!.ShouldContain("recorded as other with its code");
        p2.Case.Patient.AgeAtDiagnosisYears.ShouldBeNull();
        p2.Case.Outcome.ShouldBeNull();
        p2.Case.Notes.ShouldContain("cBioPortal patient attributes (data_clinical_patients.txt:7): SEX Male; AGE not available; OS_STATUS not available; OS_MONTHS not available");
    }

    [Fact]
    public void Without_an_anchor_every_timeline_row_is_listed_and_the_cases_get_the_molecular_data_alone()
    {
        var study = Import(Synthetic);

        study.Success.ShouldBeTrue();
        study.Unplaced.Length.ShouldBe(8);
        study.Unplaced.ShouldAllBe(u => u.Reason.StartsWith("no index date", StringComparison.Ordinal));
        study.Unplaced.Select(u => $"{u.File}:{u.Line}").ShouldContain("data_timeline_treatment.txt:2");
        study.Patients.SelectMany(p => p.Case.TherapyLines).ShouldBeEmpty();
        study.Patients.SelectMany(p => p.Case.Assessments).ShouldBeEmpty();
        study.Patients.SelectMany(p => p.Case.MolecularTests).ShouldAllBe(t => t.Date == null);
        study.Patients.SelectMany(p => p.Case.MolecularTests).Sum(t => t.Results.Length).ShouldBe(4);
    }

    [Fact]
    public void An_index_date_for_the_study_places_every_patient_and_an_anchor_coarser_than_a_day_is_refused()
    {
        var byDay = Import(Synthetic, new StudyOptions(IndexDate: PartialDate.ParseOrThrow("2019-03-04"), Synthetic: true));
        var byMonth = Import(Synthetic, new StudyOptions(IndexDate: PartialDate.ParseOrThrow("2019-03"), Synthetic: true));
        var byRange = Import(Synthetic, new StudyOptions(Anchors: ImmutableDictionary<string, PartialDate>.Empty.Add("SYN-P1", PartialDate.ParseOrThrow("2019-03-01/2019-03-04")), Synthetic: true));

        byDay.Unplaced.ShouldHaveSingleItem().Reason.ShouldContain("without an AGENT (Radiation Therapy)");
        Patient(byDay, "SYN-P2").Case.MolecularTests.ShouldHaveSingleItem().Date.ShouldBe(PartialDate.ParseOrThrow("2019-03-04"));
        byMonth.Patients.ShouldBeEmpty();
        var month = byMonth.AllDiagnostics.ShouldHaveSingleItem();
        (month.Code, month.Location.File).ShouldBe((ImportErrorCodes.StudyOption, "--index-date"));
        month.Message.ShouldContain("'2019-03' is known only to the month: an anchor of timeline days must be a full date (YYYY-MM-DD)");
        byRange.Patients.ShouldBeEmpty();
        byRange.AllDiagnostics.ShouldHaveSingleItem().Message.ShouldContain("the anchor of SYN-P1 '2019-03-01/2019-03-04' is a range of days");
    }

    [Fact]
    public void Filtered_records_are_counted_not_errors()
    {
        var files = Import(Synthetic, Anchored).Files.ToDictionary(f => Path.GetFileName(f.File));

        files["data_cna.txt"].Counts["copy-number values (gene × sample)"].ShouldBe(9);
        files["data_cna.txt"].Counts["value 0 (diploid; not added)"].ShouldBe(4);
        files["data_cna.txt"].Counts["value NA (not profiled; not added)"].ShouldBe(1);
        files["data_cna.txt"].Counts["values in genes outside the knowledge base (not added)"].ShouldBe(2);
        files["data_structural_variants.txt"].Counts["germline rows (SV_Status GERMLINE; not added)"].ShouldBe(1);
        files["data_mutations_extended.maf"].Counts["rows in genes outside the knowledge base (not added)"].ShouldBe(1);
    }

    /// <summary>A broken file put in place of one file of the synthetic study, the code it must give, and where.</summary>
    public static TheoryData<string, string, string, string, int> Broken => new()
    {
        { "meta_study.txt", "meta_study.no-type-of-cancer.txt", ImportErrorCodes.StudyFolder, "meta_study.txt", 0 },
        { "meta_cna.txt", "meta_cna.bad-line.txt", ImportErrorCodes.StudyMeta, "meta_cna.txt", 3 },
        { "meta_cna.txt", "meta_cna.missing-data.txt", ImportErrorCodes.StudyDataFileMissing, "meta_cna.txt", 4 },
        { "meta_cna.txt", "meta_cna.declares-long.txt", ImportErrorCodes.WrongFormat, "data_cna.txt", 1 },
        { "data_clinical_patients.txt", "data_clinical_patients.bad-age.txt", ImportErrorCodes.ClinicalFile, "data_clinical_patients.txt", 6 },
        { "data_clinical_patients.txt", "data_clinical_patients.quoted-id.txt", ImportErrorCodes.ClinicalFile, "data_clinical_patients.txt", 7 },
        { "data_clinical_patients.txt", "data_clinical_patients.three-header-rows.txt", ImportErrorCodes.ClinicalFile, "data_clinical_patients.txt", 1 },
        { "data_structural_variants.txt", "data_structural_variants.duplicate.txt", ImportErrorCodes.StructuralVariantFile, "data_structural_variants.txt", 4 },
        { "data_structural_variants.txt", "data_structural_variants.no-site2-gene.txt", ImportErrorCodes.StructuralVariantFile, "data_structural_variants.txt", 1 },
        { "data_structural_variants.txt", "data_structural_variants.grch38.txt", ImportErrorCodes.GenomeBuildConflict, "data_structural_variants.txt", 0 },
        { "data_cna.txt", "data_cna.bad-value.txt", ImportErrorCodes.CopyNumberFile, "data_cna.txt", 3 },
        { "data_timeline_treatment.txt", "data_timeline_treatment.unknown-agent.txt", ImportErrorCodes.TimelineFile, "data_timeline_treatment.txt", 2 },
        { "data_timeline_treatment.txt", "data_timeline_treatment.bad-day.txt", ImportErrorCodes.TimelineFile, "data_timeline_treatment.txt", 3 },
        { "data_mutations_extended.maf", "data_mutations_extended.unknown-sample.maf", ImportErrorCodes.SampleNotInStudy, "data_mutations_extended.maf", 3 },
        { "data_mutations_extended.maf", "data_mutations_extended.is-a-vcf.maf", ImportErrorCodes.WrongFormat, "data_mutations_extended.maf", 1 },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_study_with_a_broken_file_is_rejected_whole_with_a_located_code(string target, string broken, string code, string file, int line)
    {
        using var copy = new StudyCopy((target, broken));

        var study = Import(copy.Folder, Anchored);

        study.Success.ShouldBeFalse();
        study.Patients.ShouldBeEmpty();
        var error = study.AllDiagnostics.Where(d => d.IsError).ShouldHaveSingleItem();
        error.Code.ShouldBe(code);
        Path.GetFileName(error.Location.File).ShouldBe(file);
        error.Location.Line.ShouldBe(line);
    }

    [Fact]
    public void Errors_name_what_is_wrong_the_nearest_agent_and_the_missing_site2_gene_column()
    {
        static string Message(string target, string broken)
        {
            using var copy = new StudyCopy((target, broken));
            return Import(copy.Folder, Anchored).AllDiagnostics.First(d => d.IsError).Message;
        }

        Message("data_timeline_treatment.txt", "data_timeline_treatment.unknown-agent.txt").ShouldContain("did you mean 'crizotinib'?");
        Message("data_structural_variants.txt", "data_structural_variants.no-site2-gene.txt").ShouldContain("neither Site2_Hugo_Symbol nor Site2_Entrez_Gene_Id");
        Message("data_clinical_patients.txt", "data_clinical_patients.bad-age.txt").ShouldContain("AGE is 'thirty-four', not a real number");
        Message("data_clinical_patients.txt", "data_clinical_patients.quoted-id.txt").ShouldContain("'\"SYN-P2\"' is not a valid PATIENT_ID");
        Message("meta_cna.txt", "meta_cna.missing-data.txt").ShouldContain("data_cna.txt");
    }

    public static TheoryData<string, string, string> Warned => new()
    {
        { "data_timeline_status.txt", "data_timeline_status.unknown-patient.txt", ImportErrorCodes.TimelinePatientUnknown },
        { "data_clinical_samples.txt", "data_clinical_samples.quoted-value.txt", ImportErrorCodes.QuotedValue },
        { "data_clinical_patients.txt", "data_clinical_patients.patient-without-sample.txt", ImportErrorCodes.ClinicalCrossReference },
    };

    [Theory]
    [MemberData(nameof(Warned))]
    public void Findings_that_reject_nothing_are_warnings_and_the_study_is_imported(string target, string file, string code)
    {
        using var copy = new StudyCopy((target, file));

        var study = Import(copy.Folder, Anchored);

        study.Success.ShouldBeTrue();
        var baseline = Import(Synthetic, Anchored).AllDiagnostics.Select(d => d.Code).ToList();
        study.AllDiagnostics.Where(d => !baseline.Contains(d.Code)).ShouldHaveSingleItem().ShouldSatisfyAllConditions(d => d.Code.ShouldBe(code), d => d.Severity.ShouldBe(DiagnosticSeverity.Warning));
        study.AllDiagnostics.Count().ShouldBe(baseline.Count + 1);
    }

    [Fact]
    public void A_timeline_row_of_a_patient_outside_the_clinical_files_is_listed_as_not_placed()
    {
        using var copy = new StudyCopy(("data_timeline_status.txt", "data_timeline_status.unknown-patient.txt"));

        var unplaced = Import(copy.Folder, Anchored).Unplaced.Where(u => u.Patient == "SYN-P9").ShouldHaveSingleItem();

        unplaced.ShouldBe(new UnplacedTimelineRow("data_timeline_status.txt", 4, "SYN-P9", "STATUS", 50, "the patient is not in the clinical files"));
    }

    [Fact]
    public void A_patient_without_a_sample_still_gets_a_case_with_the_clinical_data()
    {
        using var copy = new StudyCopy(("data_clinical_patients.txt", "data_clinical_patients.patient-without-sample.txt"));

        var p3 = Patient(Import(copy.Folder, Anchored), "SYN-P3").Case;

        p3.MolecularTests.ShouldBeEmpty();
        p3.Outcome!.VitalStatus.ShouldBe(VitalStatus.Dead);
        p3.Outcome.Note!.ShouldContain("code 1, DECEASED");
    }

    [Fact]
    public void A_data_file_the_meta_file_misnames_is_read_only_when_the_user_maps_it()
    {
        using var copy = new StudyCopy();
        File.Move(Path.Combine(copy.Folder, "data_timeline_status.txt"), Path.Combine(copy.Folder, "data_timeline_status_copy.txt"));

        var unmapped = Import(copy.Folder, Anchored);
        var mapped = Import(copy.Folder, Anchored with { DataFiles = ImmutableDictionary<string, string>.Empty.Add("meta_timeline_status.txt", "data_timeline_status_copy.txt") });
        var wrongMeta = Import(copy.Folder, Anchored with { DataFiles = ImmutableDictionary<string, string>.Empty.Add("meta_timeline.txt", "data_timeline_status_copy.txt") });

        unmapped.AllDiagnostics.ShouldHaveSingleItem().Message.ShouldContain("--data-file meta_timeline_status.txt=<file>");
        unmapped.AllDiagnostics.Single().Message.ShouldContain("data_timeline_status_copy.txt");
        mapped.Success.ShouldBeTrue();
        Patient(mapped, "SYN-P1").Case.Assessments.Length.ShouldBe(2);
        wrongMeta.AllDiagnostics.First().Code.ShouldBe(ImportErrorCodes.StudyOption);
    }

    [Fact]
    public void A_study_without_a_pmid_needs_a_source_url_or_synthetic()
    {
        var without = StudyImporter.Import(Synthetic, new StudyOptions(), Kb.Instance);
        var withUrl = StudyImporter.Import(Synthetic, new StudyOptions(SourceUrl: "https://example.org/synthetic_imt"), Kb.Instance);

        without.AllDiagnostics.ShouldHaveSingleItem().Code.ShouldBe(ImportErrorCodes.StudyFolder);
        withUrl.Success.ShouldBeTrue();
        withUrl.Patients[0].Case.Source.Url.ShouldBe("https://example.org/synthetic_imt");
        withUrl.Patients[0].Case.Source.Synthetic.ShouldBeFalse();
    }

    [Fact]
    public void A_folder_that_is_no_study_is_named_as_such()
    {
        Import(Path.Combine(Cbioportal, "no-such-folder")).AllDiagnostics.ShouldHaveSingleItem().Code.ShouldBe(ImportErrorCodes.StudyFolder);
        Import(Cbioportal).AllDiagnostics.ShouldHaveSingleItem().Message.ShouldContain("has no meta_study.txt");
        Import(Path.Combine(Synthetic, "meta_study.txt")).AllDiagnostics.Single().Message.ShouldContain("is a file");
    }

    [Fact]
    public void A_binary_data_file_is_an_error_not_an_exception()
    {
        using var copy = new StudyCopy();
        File.WriteAllBytes(Path.Combine(copy.Folder, "data_cna.txt"), [0x48, 0x75, 0xff, 0xfe, 0x00, 0xc3, 0x28, 0x0a]);

        var error = Import(copy.Folder, Anchored).AllDiagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(ImportErrorCodes.Unreadable);
        Path.GetFileName(error.Location.File).ShouldBe("data_cna.txt");
    }

    [Fact]
    public async Task Every_written_case_meets_the_case_schema()
    {
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Docs, "case.schema.json"), TestContext.Current.CancellationToken);

        foreach (var patient in Import(Synthetic, Anchored).Patients)
        {
            schema.Validate(patient.CaseJson).Select(e => $"{patient.Id} {e.Path}: {e.Kind}").ShouldBeEmpty();
        }
    }

    [Fact]
    public void A_meta_file_over_its_size_limit_is_refused_before_it_is_read()
    {
        using var copy = new StudyCopy();
        File.WriteAllText(Path.Combine(copy.Folder, "meta_cna.txt"), "profile_description: " + new string('x', MetaFile.MaxBytes));

        var error = Import(copy.Folder, Anchored).AllDiagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(ImportErrorCodes.StudyMeta);
        error.Message.ShouldContain("not a cBioPortal meta file");
    }

    [Fact]
    public void The_anchor_file_locates_each_bad_line()
    {
        var (anchors, errors) = AnchorFile.Read(Path.Combine(Cbioportal, "broken", "anchors.bad.tsv"));

        anchors.ShouldBeEmpty();
        errors.Select(e => $"{e.Code} {e.Location.Line}").ShouldBe([$"{ImportErrorCodes.AnchorFile} 2", $"{ImportErrorCodes.AnchorFile} 3"]);
        errors[0].Message.ShouldContain("'2019-13-04' is not a date");
    }

    [Fact]
    public void Rows_that_start_on_the_same_day_are_one_line_and_a_duplicate_agent_period_breaks_the_case_rules()
    {
        using var combination = new StudyCopy();
        File.WriteAllText(Path.Combine(combination.Folder, "data_timeline_treatment.txt"),
            "PATIENT_ID\tSTART_DATE\tSTOP_DATE\tEVENT_TYPE\tAGENT\nSYN-P1\t30\t90\tTREATMENT\tIfosfamide\nSYN-P1\t30\t120\tTREATMENT\tDoxorubicin\nSYN-P1\t100\t200\tTREATMENT\tIfosfamide\n");

        var study = Import(combination.Folder, Anchored);

        var error = study.AllDiagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(ImportErrorCodes.CaseRejected);
        error.Message.ShouldContain("patient SYN-P1");
        File.WriteAllText(Path.Combine(combination.Folder, "data_timeline_treatment.txt"),
            "PATIENT_ID\tSTART_DATE\tSTOP_DATE\tEVENT_TYPE\tAGENT\nSYN-P1\t30\t90\tTREATMENT\tIfosfamide\nSYN-P1\t30\t120\tTREATMENT\tDoxorubicin\n");
        var line = Patient(Import(combination.Folder, Anchored), "SYN-P1").Case.TherapyLines.ShouldHaveSingleItem();
        line.DrugsText.ShouldBe("ifosfamide + doxorubicin");
        line.End!.Value.Text.ShouldBe("2019-07-02");
    }

    private static string Sha(string relative) => StudyTsv.Sha256Of(Path.Combine(Cbioportal, relative));
}
