namespace Alkboard.Core.Tests.Cases;

/// <summary>
/// One synthetic case file, valid as written, and one change per error code that makes it
/// invalid in exactly that way. The table drives <see cref="CaseLoaderErrorTests"/>.
/// </summary>
internal static class CaseErrorTable
{
    public const string ValidYaml = """
        schemaVersion: 1
        source: { citation: "Synthetic test case", synthetic: true }
        patient: { id: synth-1, sex: female, ageAtDiagnosis: 30 }
        diagnoses:
          - { id: dx1, date: 2020-01, histology: imt, extent: metastatic }
        molecularTests:
          - id: t1
            date: 2020-01
            method: dna_panel
            results:
              - { kind: fusion, fivePrime: EML4, threePrime: ALK }
              - { kind: variant, gene: ALK, hgvsP: p.L1196M }
        therapyLines:
          - line: 1
            agents: [ { drug: crizotinib, dose: { amount: 250, unit: mg, schedule: twice_daily } } ]
            start: 2020-02
            end: 2021-03
            reasonStopped: progression
            doseChanges:
              - { date: 2020-06, drug: crizotinib, change: reduced, dose: { amount: 200, unit: mg, schedule: twice_daily } }
        lesions:
          - { id: L1, site: lung, category: target }
        assessments:
          - { id: a1, date: 2020-01, observations: [ { lesion: L1, sizeMm: 30 } ] }
        adverseEvents:
          - { term: "Neutrophil count decreased", grade: 3, drug: crizotinib, action: dose_reduced }
        outcome: { lastFollowUp: 2021-06, vitalStatus: alive }
        """;

    /// <summary>(code, what is changed, the YAML after the change).</summary>
    public static TheoryData<string, string, string> Rows { get; } = Build();

    private static TheoryData<string, string, string> Build()
    {
        var rows = new TheoryData<string, string, string>();
        void Add(string code, string what, string from, string to)
        {
            if (!ValidYaml.Contains(from, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"test table: '{from}' not in the valid case");
            }

            rows.Add(code, what, ValidYaml.Replace(from, to, StringComparison.Ordinal));
        }

        Add("ALK-CASE-006", "malformed YAML (unclosed flow mapping)", "patient: { id: synth-1, sex: female, ageAtDiagnosis: 30 }", "patient: { id: synth-1, sex: female");
        Add("ALK-CASE-010", "misspelt field", "sex: female", "sexx: female");
        Add("ALK-CASE-011", "missing citation", "citation: \"Synthetic test case\", ", string.Empty);
        Add("ALK-CASE-012", "text where a number is expected", "ageAtDiagnosis: 30", "ageAtDiagnosis: \"thirty\"");
        Add("ALK-CASE-013", "a word that is not allowed", "sex: female", "sex: femal");
        Add("ALK-CASE-014", "impossible date", "end: 2021-03", "end: 2021-02-30");
        Add("ALK-CASE-015", "grade above 5", "grade: 3", "grade: 7");
        Add("ALK-CASE-016", "two lesions with one id", "  - { id: L1, site: lung, category: target }", "  - { id: L1, site: lung, category: target }\n  - { id: L1, site: liver, category: target }");
        Add("ALK-CASE-017", "a key twice", "patient: { id: synth-1, sex: female,", "patient: { id: synth-1, id: synth-2, sex: female,");
        Add("ALK-CASE-018", "future schema version", "schemaVersion: 1", "schemaVersion: 2");
        Add("ALK-CASE-020", "line ends before it starts", "end: 2021-03", "end: 2019-12");
        Add("ALK-CASE-021", "two overlapping crizotinib lines", "    reasonStopped: progression\n",
            "    reasonStopped: progression\n  - line: 2\n    agents: [ { drug: crizotinib } ]\n    start: 2020-09\n    reasonStopped: ongoing\n");
        Add("ALK-CASE-022", "assessment of a lesion never introduced", "lesion: L1, sizeMm: 30", "lesion: L9, sizeMm: 30");
        Add("ALK-CASE-023", "lines not numbered from 1", "  - line: 1", "  - line: 2");
        Add("ALK-CASE-024", "adverse event of a drug never given", "drug: crizotinib, action: dose_reduced", "drug: alectinib, action: dose_reduced");
        Add("ALK-CASE-025", "dose change after the line ended", "{ date: 2020-06, drug: crizotinib, change: reduced", "{ date: 2022-06, drug: crizotinib, change: reduced");
        Add("ALK-CASE-026", "follow-up after death", "outcome: { lastFollowUp: 2021-06, vitalStatus: alive }", "outcome: { lastFollowUp: 2021-06, vitalStatus: dead, deathDate: 2021-04 }");
        Add("ALK-CASE-027", "alive with a death date", "vitalStatus: alive }", "vitalStatus: alive, deathDate: 2021-07 }");
        Add("ALK-CASE-028", "ongoing line with an end date", "reasonStopped: progression", "reasonStopped: ongoing");
        Add("ALK-CASE-029", "gene symbol in lower case", "gene: ALK, hgvsP", "gene: alk, hgvsP");
        Add("ALK-CASE-030", "protein change without p.", "hgvsP: p.L1196M", "hgvsP: L1196M");
        Add("ALK-CASE-031", "a size with a state that has none", "{ lesion: L1, sizeMm: 30 }", "{ lesion: L1, sizeMm: 30, state: disappeared }");
        Add("ALK-CASE-032", "therapy before the diagnosis", "start: 2020-02", "start: 2019-02");
        Add("ALK-CASE-033", "assessment of a line the case lacks", "{ id: a1, date: 2020-01,", "{ id: a1, line: 4, date: 2020-01,");
        Add("ALK-CASE-034", "misspelt drug (never silently corrected)", "agents: [ { drug: crizotinib, dose:", "agents: [ { drug: crizotinibb, dose:");
        Add("ALK-CASE-035", "lines numbered against their dates", "lesions:\n",
            "  - line: 2\n    agents: [ { drug: alectinib } ]\n    start: 2019-06\n    end: 2019-12\n    reasonStopped: progression\nlesions:\n");
        Add("ALK-CASE-036", "two ALK inhibitors at once", "lesions:\n",
            "  - line: 2\n    agents: [ { drug: alectinib } ]\n    start: 2020-09\n    reasonStopped: ongoing\nlesions:\n");
        Add("ALK-CASE-037", "birth year against age at diagnosis", "ageAtDiagnosis: 30 }", "ageAtDiagnosis: 30, birthYear: 1950 }");
        Add("ALK-CASE-037", "birth date against birth year", "ageAtDiagnosis: 30 }", "ageAtDiagnosis: 30, birthYear: 1980, birthDate: 1990-04 }");
        Add("ALK-CASE-039", "a YAML anchor", "source: { citation:", "source: &s { citation:");
        Add("ALK-CASE-040", "nesting beyond the limit", "outcome: { lastFollowUp: 2021-06, vitalStatus: alive }", "outcome: { lastFollowUp: 2021-06, vitalStatus: alive }\nnotes: " + string.Concat(Enumerable.Repeat("[", 70)) + string.Concat(Enumerable.Repeat("]", 70)));
        Add("ALK-CASE-041", "too many values", "outcome: { lastFollowUp: 2021-06, vitalStatus: alive }", "outcome: { lastFollowUp: 2021-06, vitalStatus: alive }\nnotes: [" + string.Join(",", Enumerable.Repeat("a", 210_000)) + "]");
        Add("ALK-CASE-042", "a string beyond the limit", "outcome: { lastFollowUp: 2021-06, vitalStatus: alive }", "outcome: { lastFollowUp: 2021-06, vitalStatus: alive }\nnotes: [\"" + new string('x', 100_001) + "\"]");
        return rows;
    }

    /// <summary>(code, what is changed, the YAML after the change) for warnings: the case loads and the warning is shown.</summary>
    public static TheoryData<string, string, string> WarningRows { get; } = new()
    {
        {
            "ALK-CASE-038", "an ALK inhibitor that may start before the previous one ends",
            ValidYaml.Replace("lesions:\n", "  - line: 2\n    agents: [ { drug: alectinib } ]\n    start: 2021\n    reasonStopped: ongoing\nlesions:\n", StringComparison.Ordinal)
        },
    };
}
