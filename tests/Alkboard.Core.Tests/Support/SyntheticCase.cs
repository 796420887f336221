using System.Globalization;
using System.Text;
using Alkboard.Core.Cases;
using Alkboard.Core.Cases.Loading;

namespace Alkboard.Core.Tests.Support;

/// <summary>Builds synthetic case files (YAML) for engine tests and loads them through the real loader.</summary>
internal static class SyntheticCase
{
    public static PatientCase Load(string yaml)
    {
        var result = CaseLoader.LoadBytes(Encoding.UTF8.GetBytes(yaml), "synthetic.yaml", CaseFileFormat.Yaml, Kb.Instance.Vocabulary);
        result.Errors.ShouldBeEmpty();
        return result.Case!;
    }

    /// <summary>
    /// One line of crizotinib from 2020-01-15; a baseline on 2020-01-10 and follow-ups every 56 days,
    /// with lesions given as "id:size" (size in mm, or too_small, disappeared, present, pd, ne, absent).
    /// </summary>
    public static PatientCase Line(string lesions, params string[] timepoints)
    {
        var yaml = new StringBuilder($"""
            schemaVersion: 1
            source: {"{"} citation: "Synthetic RECIST test", synthetic: true {"}"}
            patient: {"{"} id: synth-recist, sex: female, ageAtDiagnosis: 30 {"}"}
            diagnoses: [ {"{"} date: 2019-12, histology: imt, extent: metastatic {"}"} ]
            therapyLines:
              - {"{"} line: 1, agents: [ {"{"} drug: crizotinib {"}"} ], start: 2020-01-15, reasonStopped: ongoing {"}"}
            lesions:
            {lesions}
            assessments:

            """);
        var date = new DateOnly(2020, 1, 10);
        for (var i = 0; i < timepoints.Length; i++)
        {
            var when = i == 0 ? date : new DateOnly(2020, 1, 15).AddDays(56 * i);
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: tp{i}, date: {when:yyyy-MM-dd}, observations: [ {Observations(timepoints[i])} ] }}\n");
        }

        return Load(yaml.ToString());
    }

    /// <summary>A single target lesion in the lung with the given sums (baseline first).</summary>
    public static PatientCase Sums(params decimal[] sums) =>
        Line("  - { id: T1, site: lung, organ: lung, category: target }", [.. sums.Select(s => "T1:" + s.ToString(CultureInfo.InvariantCulture))]);

    private static string Observations(string spec) => string.Join(", ", spec.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part =>
    {
        var (id, value) = (part.Split(':')[0], part.Split(':')[1]);
        return value switch
        {
            "too_small" => $"{{ lesion: {id}, state: too_small_to_measure }}",
            "disappeared" => $"{{ lesion: {id}, state: disappeared }}",
            "present" => $"{{ lesion: {id}, state: present }}",
            "pd" => $"{{ lesion: {id}, state: unequivocal_progression }}",
            "ne" => $"{{ lesion: {id}, state: not_evaluated }}",
            _ => $"{{ lesion: {id}, sizeMm: {value} }}",
        };
    }));
}
