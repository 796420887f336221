using Alkboard.Core.Cases;
using Alkboard.Core.Diagnostics;
using Alkboard.Core.Import;
using Alkboard.Core.Import.Cbioportal;
using Alkboard.Core.Tests.Support;

namespace Alkboard.Core.Tests.Import;

/// <summary>
/// import-study where a tumor board reads the result (review 2): anchors of timeline days, treatment
/// rows without a stop date, back-to-back and staggered rows, local-therapy rows, the orientation of
/// structural variants, histology from samples that disagree, undated samples. Each runs on the
/// synthetic study with one file replaced (Fixtures/cbioportal/variants) or written here.
/// </summary>
public sealed class StudyImporterClinicalTests
{
    private const string Header = "PATIENT_ID\tSTART_DATE\tSTOP_DATE\tEVENT_TYPE\tTREATMENT_TYPE\tAGENT\n";

    private static StudyOptions Anchored => new(Anchors: AnchorFile.Read(Path.Combine(StudyCopy.Cbioportal, "synthetic_imt.anchors.tsv")).Anchors, Synthetic: true);

    private static StudyOptions Everyone => new(IndexDate: PartialDate.ParseOrThrow("2019-03-04"), Synthetic: true);

    private static StudyImport Import(StudyCopy copy, StudyOptions? options = null) => StudyImporter.Import(copy.Folder, options ?? Anchored, Kb.Instance);

    private static PatientCase Case(StudyImport study, string id = "SYN-P1") => study.Patients.Single(p => p.Id == id).Case;

    private static List<Diagnostic> Warnings(StudyImport study, string code) => [.. study.AllDiagnostics.Where(d => d.Code == code)];

    private static string Lines(PatientCase c) =>
        string.Join(" | ", c.TherapyLines.Select(l => $"{l.Number} {l.DrugsText} {l.Start} {l.End?.Text ?? "-"} {l.ReasonStopped}"));

    /// <summary>The synthetic study with its treatment timeline replaced by these rows (columns separated by '|').</summary>
    private static StudyCopy WithTreatments(params string[] rows)
    {
        var copy = new StudyCopy();
        copy.Write("data_timeline_treatment.txt", Header + string.Concat(rows.Select(r => r.Replace('|', '\t') + "\n")));
        return copy;
    }

    [Fact]
    public void Every_anchor_line_coarser_than_a_day_is_its_own_located_error_saying_why()
    {
        var (anchors, errors) = AnchorFile.Read(Path.Combine(StudyCopy.Cbioportal, "broken", "anchors.coarse.tsv"));

        anchors.Keys.ShouldBe(["SYN-P4"]);
        errors.Select(e => $"{e.Code} {e.Location.Line}:{e.Location.Column}").ShouldBe([$"{ImportErrorCodes.AnchorFile} 2:8", $"{ImportErrorCodes.AnchorFile} 3:8", $"{ImportErrorCodes.AnchorFile} 4:8"]);
        errors[0].Message.ShouldStartWith("the anchor of SYN-P1 '2019' is known only to the year: an anchor of timeline days must be a full date (YYYY-MM-DD), because every timeline day is an exact offset from it");
        errors[1].Message.ShouldContain("'2019-03' is known only to the month");
        errors[2].Message.ShouldContain("'2019-03-01/2019-03-04' is a range of days");
        errors.ShouldAllBe(e => e.Message.Contains("no day is guessed", StringComparison.Ordinal) && e.Message.Contains("Give the exact day, or leave", StringComparison.Ordinal));
    }

    [Fact]
    public void A_last_treatment_without_stop_date_is_an_ongoing_line_warned_and_noted()
    {
        using var copy = new StudyCopy();

        var study = Import(copy);

        var line = Case(study).TherapyLines[1];
        (line.ReasonStopped, line.End).ShouldBe((StopReason.Ongoing, null));
        line.Note!.ShouldContain("No STOP_DATE on data_timeline_treatment.txt:3 (Lorlatinib from day 420): line 2 (lorlatinib) is written ongoing");
        var warning = Warnings(study, ImportErrorCodes.OpenTreatment).ShouldHaveSingleItem();
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Message.ShouldContain("patient SYN-P1: the TREATMENT row(s) data_timeline_treatment.txt:3 (Lorlatinib from day 420) have no STOP_DATE: line 2 (lorlatinib) is written ongoing");
    }

    [Fact]
    public void An_open_row_followed_by_a_later_line_has_no_end_and_reason_unknown_and_a_dead_patients_last_line_is_not_ongoing()
    {
        using var copy = WithTreatments("SYN-P1|30||TREATMENT|Medical Therapy|Crizotinib", "SYN-P1|420||TREATMENT|Medical Therapy|Lorlatinib", "SYN-P3|10||TREATMENT|Medical Therapy|Crizotinib");
        File.Copy(Path.Combine(StudyCopy.Cbioportal, "broken", "data_clinical_patients.patient-without-sample.txt"), Path.Combine(copy.Folder, "data_clinical_patients.txt"), overwrite: true);

        var study = Import(copy, Everyone);

        study.Success.ShouldBeTrue();
        Lines(Case(study)).ShouldBe("1 crizotinib 2019-04-03 - Unknown | 2 lorlatinib 2020-04-27 - Ongoing");
        Case(study).TherapyLines[0].Note!.ShouldContain("line 2 starts on day 420, and the study does not say when, or whether, line 1 ended");
        Lines(Case(study, "SYN-P3")).ShouldBe("1 crizotinib 2019-03-14 - Unknown");
        Case(study, "SYN-P3").TherapyLines[0].Note!.ShouldContain("the patient died (OS_STATUS)");
        Warnings(study, ImportErrorCodes.OpenTreatment).Select(w => w.Location.Line).ShouldBe([2, 3, 4]);
    }

    [Fact]
    public void A_combination_whose_alk_inhibitor_stopped_is_not_made_ongoing_by_its_open_companion()
    {
        using var stoppedInhibitor = WithTreatments("SYN-P1|30|60|TREATMENT|Medical Therapy|Crizotinib", "SYN-P1|30||TREATMENT|Medical Therapy|Methotrexate");
        using var openInhibitor = WithTreatments("SYN-P1|30||TREATMENT|Medical Therapy|Crizotinib", "SYN-P1|30|60|TREATMENT|Medical Therapy|Methotrexate");

        var stopped = Import(stoppedInhibitor);
        var open = Import(openInhibitor);

        Lines(Case(stopped)).ShouldBe("1 crizotinib + methotrexate 2019-04-03 - Unknown");
        Warnings(stopped, ImportErrorCodes.OpenTreatment).ShouldHaveSingleItem().Message.ShouldContain("its rows of crizotinib have a STOP_DATE, and an ongoing line would make them the current therapy");
        Lines(Case(open)).ShouldBe("1 crizotinib + methotrexate 2019-04-03 - Ongoing");
    }

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    public void Back_to_back_rows_of_the_same_agent_are_one_line_with_the_merged_rows_noted(int restart)
    {
        using var copy = WithTreatments("SYN-P1|30|200|TREATMENT|Medical Therapy|Crizotinib", $"SYN-P1|{restart}|400|TREATMENT|Medical Therapy|Crizotinib", "SYN-P1|420||TREATMENT|Medical Therapy|Lorlatinib");

        var study = Import(copy);

        Lines(Case(study)).ShouldBe("1 crizotinib 2019-04-03 2020-04-07 Unknown | 2 lorlatinib 2020-04-27 - Ongoing");
        Case(study).TherapyLines[0].Note!.ShouldContain($"One continuous line: data_timeline_treatment.txt:3 starts on day {restart}, {(restart == 200 ? "the line's STOP_DATE" : "the day after the line's STOP_DATE 200")} (back-to-back rows of crizotinib, merged)");
        Case(study).Assessments.Select(a => a.ReportedResponse).ShouldBe([ResponseCategory.PR, ResponseCategory.PD]);
    }

    [Fact]
    public void Rows_of_the_same_agent_two_days_apart_stay_two_lines()
    {
        using var copy = WithTreatments("SYN-P1|30|200|TREATMENT|Medical Therapy|Crizotinib", "SYN-P1|202|400|TREATMENT|Medical Therapy|Crizotinib");

        var study = Import(copy);

        Lines(Case(study)).ShouldBe("1 crizotinib 2019-04-03 2019-09-20 Unknown | 2 crizotinib 2019-09-22 2020-04-07 Unknown");
        study.AllDiagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_combination_whose_rows_start_on_different_days_stays_separate_lines_with_a_warning()
    {
        using var copy = WithTreatments("SYN-P1|0|120|TREATMENT|Medical Therapy|Doxorubicin", "SYN-P1|7|120|TREATMENT|Medical Therapy|Ifosfamide", "SYN-P1|130|400|TREATMENT|Medical Therapy|Crizotinib");

        var study = Import(copy);

        Lines(Case(study)).ShouldBe("1 doxorubicin 2019-03-04 2019-07-02 Unknown | 2 ifosfamide 2019-03-11 2019-07-02 Unknown | 3 crizotinib 2019-07-12 2020-04-07 Unknown");
        var warning = Warnings(study, ImportErrorCodes.OverlappingTreatmentRows).ShouldHaveSingleItem();
        warning.Location.Line.ShouldBe(3);
        warning.Message.ShouldContain("patient SYN-P1: line 2 (ifosfamide, from day 7, data_timeline_treatment.txt:3) starts before line 1 (doxorubicin, days 0–120, data_timeline_treatment.txt:2) ends");
        warning.Message.ShouldContain("not merged by guess");
    }

    [Fact]
    public void A_radiotherapy_row_with_an_agent_is_local_therapy_not_placed_and_a_salt_form_gets_the_nearest_name()
    {
        using var radiotherapy = WithTreatments("SYN-P1|0|5|TREATMENT|Radiation Therapy|45 Gy", "SYN-P1|30|400|TREATMENT|Medical Therapy|Crizotinib");
        using var salt = WithTreatments("SYN-P1|30|400|TREATMENT|Medical Therapy|Crizotinib", "SYN-P1|420|500|TREATMENT|Medical Therapy|Alectinib Hydrochloride");

        var placed = Import(radiotherapy);
        var rejected = Import(salt);

        placed.Success.ShouldBeTrue();
        Lines(Case(placed)).ShouldBe("1 crizotinib 2019-04-03 2020-04-07 Unknown");
        placed.Unplaced.Where(u => u.EventType == "TREATMENT").ShouldHaveSingleItem().Reason.ShouldBe("a Radiation Therapy TREATMENT row (AGENT '45 Gy'): local therapy, not a line of systemic therapy (its AGENT is not a drug)");
        var error = rejected.AllDiagnostics.Where(d => d.IsError).ShouldHaveSingleItem();
        (error.Code, error.Location.Line, error.Location.Column).ShouldBe((ImportErrorCodes.TimelineFile, 3, 6));
        error.Message.ShouldContain("AGENT 'Alectinib Hydrochloride' is not in the drug vocabulary of knowledge base");
        error.Message.ShouldContain("did you mean 'alectinib'? (one of its words is that name; a salt form or a dose is not part of a drug's name");
    }

    [Fact]
    public void A_cell_naming_two_drugs_names_both_and_is_not_resolved()
    {
        using var copy = WithTreatments("SYN-P1|30|400|TREATMENT|Medical Therapy|Doxorubicin+Ifosfamide");

        var error = Import(copy).AllDiagnostics.Where(d => d.IsError).ShouldHaveSingleItem();

        error.Message.ShouldContain("its words name 'doxorubicin' and 'ifosfamide'");
        error.Message.ShouldContain("one agent per row");
    }

    [Fact]
    public void Event_info_orients_a_fusion_against_the_site_order_only_when_it_names_the_two_genes()
    {
        var read = StructuralVariantReader.Read(Path.Combine(StudyCopy.Cbioportal, "variants", "data_structural_variants.orientation.txt"), null, Kb.Instance, allGenes: true);

        read.Success.ShouldBeTrue();
        var fusions = read.Results.OfType<FusionCall>().ToList();
        fusions.Select(f => $"{f.Provenance!.Line} {f.FivePrimeGene}({f.FivePrimeExons})::{f.ThreePrimeGene}({f.ThreePrimeExons})").ShouldBe(
        [
            "2 EML4(13)::ALK(20)",
            "3 EML4(6)::ALK(20)",
            "4 ALK(19)::EML4(14)",
            "5 EML4(13)::ALK(20)",
            "6 TPM3(7)::ALK(20)",
            "7 EML4()::ALK(20)",
            "8 ALK(11)::PTPN3(3)",
            "9 ALK(20)::NKX2-1(2)",
        ]);
        fusions[0].Breakpoint.ShouldBe("2:42522656 / 2:29446394 (GRCh37)");
        fusions[0].InFrame.ShouldBe(true);
        fusions[0].Note!.ShouldContain("Event_Info 'EML4-ALK fusion' names EML4 as the 5' partner and ALK as the 3' partner, against the site order: read as Event_Info says");
        fusions[1].Note!.ShouldContain("as the site order does");
        fusions[2].Note!.ShouldContain("ALK is the 5' partner (Site1)");
        fusions[3].Note!.ShouldContain("the orientation rests on the site order (Event_Info 'TPM3-ALK fusion' names other genes");
        fusions[4].Note!.ShouldContain("the orientation rests on the site order (Event_Info 'Fusion' does not name the partners)");
        fusions[5].Note!.ShouldContain("EML4 is named only there");
        fusions[6].Note!.ShouldContain("the orientation rests on the site order");
        fusions[7].Note!.ShouldContain("the orientation rests on the site order (Event_Info 'NKX2-1-ALK fusion' does not name the partners)");
        read.Warnings.Select(w => $"{w.Code} {w.Location.Line}:{w.Location.Column}").ShouldBe(
            [$"{ImportErrorCodes.FusionOrientation} 2:16", $"{ImportErrorCodes.FusionOrientation} 5:16", $"{ImportErrorCodes.FusionOrientation} 7:16"]);
        read.Warnings.First().Message.ShouldContain("Site1 is ALK and Site2 is EML4, but Event_Info 'EML4-ALK fusion' names EML4 as the 5' partner: read as EML4::ALK");
        read.Notes.ShouldContain("ALK fusion (ALK 3', Site1): EML4::ALK in SYN-P1-S1 (line 2)");
    }

    [Fact]
    public void The_primary_samples_code_gives_the_histology_and_a_metastasis_coded_nos_is_warned()
    {
        using var copy = new StudyCopy(("data_clinical_samples.txt", "variants/data_clinical_samples.primary-imt-metastasis-nos.txt"));

        var study = Import(copy);

        var patient = study.Patients.Single(p => p.Id == "SYN-P1");
        (patient.Histology, patient.CancerTypeCode).ShouldBe(("imt", "IMT"));
        patient.Case.Diagnoses[0].HistologyText.ShouldBe(
            "OncoTree IMT from ONCOTREE_CODE of the primary sample(s) SYN-P1-S1 (SAMPLE_TYPE Primary); SYN-P1-S2 (SAMPLE_TYPE Metastasis) says SARCNOS: not used (ALK-IMPORT-087)");
        var warning = Warnings(study, ImportErrorCodes.HistologyCodeNotUsed).ShouldHaveSingleItem();
        (Path.GetFileName(warning.Location.File), warning.Location.Line, warning.Location.Column).ShouldBe(("data_clinical_samples.txt", 7, 3));
        warning.Message.ShouldContain("A not-otherwise-specified code does not replace a specific one");
    }

    [Fact]
    public void A_primary_sample_coded_nos_decides_but_is_warned_as_less_specific()
    {
        using var copy = new StudyCopy(("data_clinical_samples.txt", "variants/data_clinical_samples.primary-nos.txt"));

        var study = Import(copy);

        study.Patients.Single(p => p.Id == "SYN-P1").Histology.ShouldBe("other");
        Warnings(study, ImportErrorCodes.HistologyCodeNotUsed).ShouldHaveSingleItem().Message
            .ShouldContain("The code used, SARCNOS, is a not-otherwise-specified one: check whether the more specific code applies to the patient");
    }

    [Theory]
    [InlineData("variants/data_clinical_samples.no-primary.txt", "no sample's SAMPLE_TYPE (or SAMPLE_CLASS) says primary")]
    [InlineData("variants/data_clinical_samples.two-primaries.txt", "the primary samples disagree too")]
    public void Sample_codes_that_disagree_with_nothing_to_decide_reject_the_study_naming_each_code(string samples, string why)
    {
        using var copy = new StudyCopy(("data_clinical_samples.txt", samples));

        var study = Import(copy);

        study.Patients.ShouldBeEmpty();
        var error = study.AllDiagnostics.Where(d => d.IsError).ShouldHaveSingleItem();
        (error.Code, error.Location.Line, error.Location.Column).ShouldBe((ImportErrorCodes.HistologyCodesDisagree, 6, 3));
        error.Message.ShouldContain("patient SYN-P1: the samples' ONCOTREE_CODE values disagree (SYN-P1-S1 IMT, SAMPLE_TYPE ");
        error.Message.ShouldContain("SYN-P1-S2 SARCNOS, SAMPLE_TYPE ");
        error.Message.ShouldContain(why);
        error.Message.ShouldContain("never picked by sample order or the alphabet");
    }

    [Fact]
    public void The_patients_code_comes_first_and_each_sample_code_it_overrides_is_warned()
    {
        using var copy = new StudyCopy(("data_clinical_patients.txt", "variants/data_clinical_patients.oncotree.txt"), ("data_clinical_samples.txt", "variants/data_clinical_samples.no-primary.txt"));

        var study = Import(copy);

        study.Success.ShouldBeTrue();
        study.Patients.Single(p => p.Id == "SYN-P1").Histology.ShouldBe("imt");
        Warnings(study, ImportErrorCodes.HistologyCodeNotUsed).ShouldHaveSingleItem().Message
            .ShouldContain("patient SYN-P1: the histology is taken from ONCOTREE_CODE of the patient, IMT; SYN-P1-S2 (SAMPLE_TYPE Metastasis) says SARCNOS: not used");
    }

    [Fact]
    public void An_undated_sample_of_an_anchored_patient_is_warned_and_unanchored_samples_are_counted()
    {
        using var copy = new StudyCopy(("data_timeline_specimen.txt", "variants/data_timeline_specimen.recurrence-undated.txt"));

        var anchored = Import(copy);
        var unanchored = StudyImporter.Import(copy.Folder, new StudyOptions(Synthetic: true), Kb.Instance);

        var warning = Warnings(anchored, ImportErrorCodes.UndatedSample).ShouldHaveSingleItem();
        (Path.GetFileName(warning.Location.File), warning.Location.Line, warning.Location.Column).ShouldBe(("data_clinical_samples.txt", 7, 2));
        warning.Message.ShouldContain("sample SYN-P1-S2 of patient SYN-P1 (SAMPLE_TYPE Recurrence) has no SPECIMEN");
        warning.Message.ShouldContain("recommend --as-of counts an undated test as known at any date");
        Case(anchored).MolecularTests.Where(t => t.Date is null).Select(t => t.Id).ShouldBe(["SYN-P1-S2-cna", "SYN-P1-S2-mutations"]);
        Case(anchored).MolecularTests.First(t => t.Date is null).Note!.ShouldContain("undated (no SPECIMEN row for the sample)");
        Warnings(unanchored, ImportErrorCodes.UndatedSample).ShouldBeEmpty();
        unanchored.Notes.ShouldContain("3 sample(s) of patients without an anchor have undated tests (timeline days are dates only with --index-date or --anchors): recommend --as-of counts an undated test as known at any date");
    }

    [Fact]
    public void The_new_codes_are_distinct_and_warnings_reject_nothing()
    {
        string[] codes = [ImportErrorCodes.OpenTreatment, ImportErrorCodes.FusionOrientation, ImportErrorCodes.HistologyCodeNotUsed, ImportErrorCodes.HistologyCodesDisagree,
            ImportErrorCodes.OverlappingTreatmentRows, ImportErrorCodes.UndatedSample];

        codes.ShouldBe(["ALK-IMPORT-085", "ALK-IMPORT-086", "ALK-IMPORT-087", "ALK-IMPORT-088", "ALK-IMPORT-089", "ALK-IMPORT-090"]);
        using var copy = new StudyCopy(("data_structural_variants.txt", "variants/data_structural_variants.orientation.txt"));
        var study = Import(copy);
        study.Success.ShouldBeTrue();
        study.AllDiagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).ShouldBe([ImportErrorCodes.OpenTreatment, ImportErrorCodes.FusionOrientation]);
        study.AllDiagnostics.ShouldAllBe(d => d.Severity == DiagnosticSeverity.Warning);
    }
}
