using System.Collections.Immutable;
using Alkboard.Core.Diagnostics;
using Alkboard.Core.Knowledge;

namespace Alkboard.Core.Import.Cbioportal;

/// <summary>
/// Imports a cBioPortal study folder (docs/import-study.md): meta_study.txt, then every
/// meta_*.txt and the data file its data_filename names — clinical patients and samples,
/// mutations (extended MAF, read by the lab-file MAF reader), structural variants, discrete copy
/// number and timelines — into one case per patient. Nothing is written here: the result holds
/// each case as JSON, checked by loading it with every case rule, or every error and no case.
/// </summary>
public static partial class StudyImporter
{
    private static readonly string[] StudyKeys = ["cancer_study_identifier", "type_of_cancer"];

    /// <summary>The study's own meta file.</summary>
    public const string MetaStudy = "meta_study.txt";

    /// <summary>Reads the study folder. Errors are in the result; nothing throws for bad input.</summary>
    public static StudyImport Import(string folder, StudyOptions options, KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(kb);
        return new Run(folder, options, kb).Execute();
    }

    /// <summary>One meta file and the data file it names (null when not found or not read).</summary>
    private sealed record MetaEntry(MetaFile Meta, string Type, string Datatype, string? DataPath);

    private sealed partial class Run(string folder, StudyOptions options, KnowledgeBase kb)
    {
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly List<string> _notes = [];
        private readonly List<StudyFileImport> _files = [];
        private readonly List<UnplacedTimelineRow> _unplaced = [];
        private readonly List<StudyPatient> _patients = [];
        private MetaFile? _study;
        private string? _build;
        private string? _cancerTypeName;

        private string? StudyId => _study?["cancer_study_identifier"];

        public StudyImport Execute()
        {
            if (!Directory.Exists(folder))
            {
                Error(ImportErrorCodes.StudyFolder, File.Exists(folder) ? "is a file; a cBioPortal study is a folder holding meta_study.txt and the meta_*.txt of its data files" : "no such folder", folder);
                return Result();
            }

            var studyPath = Path.Combine(folder, MetaStudy);
            if (!File.Exists(studyPath))
            {
                Error(ImportErrorCodes.StudyFolder, $"the folder has no {MetaStudy}: it is not a cBioPortal study folder", folder);
                return Result();
            }

            if (!CheckAnchors())
            {
                return Result();
            }

            _study = ReadMeta(studyPath);
            if (_study is null || !CheckStudy(_study))
            {
                return Result();
            }

            var metas = Metas();
            if (HasErrors)
            {
                return Result();
            }

            ReadData(metas);
            if (!HasErrors)
            {
                BuildCases();
            }

            return Result();
        }

        /// <summary>Anchors given through the API are checked as the command line checks them: one day each (AnchorFile.DayOnly).</summary>
        private bool CheckAnchors()
        {
            if (options.IndexDate is { } index && AnchorFile.DayOnly(index, "leave the index date out") is { } coarse)
            {
                Error(ImportErrorCodes.StudyOption, coarse, "--index-date");
            }

            foreach (var (patient, anchor) in (options.Anchors ?? ImmutableDictionary<string, Cases.PartialDate>.Empty).OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                if (AnchorFile.DayOnly(anchor, $"leave {patient} out of the anchors") is { } reason)
                {
                    Error(ImportErrorCodes.AnchorFile, $"the anchor of {patient} {reason}", options.AnchorsFile ?? "--anchors");
                }
            }

            return !HasErrors;
        }

        private bool HasErrors => _diagnostics.Any(d => d.IsError) || _files.Any(f => !f.Success);

        private StudyImport Result() => new(folder, StudyId, _study?["name"], _study?["type_of_cancer"], _cancerTypeName, _build,
            [.. _files], HasErrors ? [] : [.. _patients], [.. _unplaced], [.. _notes], [.. _diagnostics]);

        private void Error(string code, string message, string file, int line = 0, int column = 1) =>
            _diagnostics.Add(new Diagnostic(code, message, new SourceLocation(file, line, line > 0 ? column : 0, string.Empty)));

        private void Warn(string code, string message, string file, int line = 0, int column = 1) =>
            _diagnostics.Add(new Diagnostic(code, message, new SourceLocation(file, line, line > 0 ? column : 0, string.Empty), DiagnosticSeverity.Warning));

        private MetaFile? ReadMeta(string path)
        {
            var errors = new List<Diagnostic>();
            var meta = MetaFile.Read(path, errors);
            _diagnostics.AddRange(errors);
            return errors.Count == 0 ? meta : null;
        }

        private bool CheckStudy(MetaFile study)
        {
            var ok = true;
            foreach (var key in StudyKeys.Where(k => study[k] is null))
            {
                Error(ImportErrorCodes.StudyFolder, $"{MetaStudy} has no '{key}'", study.Path);
                ok = false;
            }

            if (study["reference_genome"] is { } genome)
            {
                _build = StudyTsv.Build(genome);
                if (_build is null)
                {
                    Error(ImportErrorCodes.StudyFolder, $"reference_genome '{genome}' is not one Alkboard knows (hg19 / GRCh37, hg38 / GRCh38)", study.Path, study.LineOf("reference_genome"));
                    ok = false;
                }
            }
            else
            {
                _notes.Add($"{MetaStudy} states no reference_genome (cBioPortal then uses its server's default, which the folder does not say); the genome build is taken from the data files where they state it");
            }

            foreach (var pmid in Pmids(study).Where(p => !p.All(char.IsAsciiDigit)))
            {
                Error(ImportErrorCodes.StudyMeta, $"pmid '{pmid}' is not a PubMed id (digits only; several are separated by commas)", study.Path, study.LineOf("pmid"));
                ok = false;
            }

            if (Pmids(study).Count == 0 && options.SourceUrl is null && !options.Synthetic)
            {
                Error(ImportErrorCodes.StudyFolder, $"{MetaStudy} names no pmid, and every case names its source: give --source-url URL (the study's page) or, for a made-up study, --synthetic", study.Path);
                ok = false;
            }

            return ok;
        }

        private static List<string> Pmids(MetaFile study) =>
            study["pmid"] is { } list ? [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : [];

        /// <summary>Every meta_*.txt but meta_study.txt, in file-name order, with its data file resolved.</summary>
        private List<MetaEntry> Metas()
        {
            var paths = Directory.GetFiles(folder, "meta_*.txt").Where(p => Path.GetFileName(p) != MetaStudy).Order(StringComparer.Ordinal).ToList();
            var names = paths.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
            foreach (var (meta, data) in options.DataFiles ?? ImmutableDictionary<string, string>.Empty)
            {
                if (!names.Contains(meta))
                {
                    Error(ImportErrorCodes.StudyOption, $"--data-file names '{meta}', which is not a meta file of the study (its meta files: {string.Join(", ", names.Order(StringComparer.Ordinal))})", "--data-file");
                }
                else if (!IsFileName(data) || !File.Exists(Path.Combine(folder, data)))
                {
                    Error(ImportErrorCodes.StudyOption, $"--data-file maps {meta} to '{data}', which is not a file of the study folder", "--data-file");
                }
            }

            var entries = new List<MetaEntry>();
            foreach (var path in paths)
            {
                if (ReadMeta(path) is not { } meta)
                {
                    continue;
                }

                var type = meta["genetic_alteration_type"];
                var datatype = meta["datatype"];
                if (type is null || datatype is null)
                {
                    Error(ImportErrorCodes.StudyMeta, $"has no '{(type is null ? "genetic_alteration_type" : "datatype")}'", path);
                    continue;
                }

                if (type != "CANCER_TYPE" && meta["cancer_study_identifier"] != StudyId)
                {
                    Error(ImportErrorCodes.StudyMeta, meta["cancer_study_identifier"] is { } other
                        ? $"cancer_study_identifier is '{other}', but {MetaStudy} says '{StudyId}'"
                        : $"has no 'cancer_study_identifier' (the study is '{StudyId}')", path, meta.LineOf("cancer_study_identifier"));
                    continue;
                }

                entries.Add(new MetaEntry(meta, type, datatype, null));
            }

            var referenced = new HashSet<string>(StringComparer.Ordinal);
            var resolved = new List<MetaEntry>();
            foreach (var entry in entries)
            {
                var mapped = options.DataFiles?.GetValueOrDefault(entry.Meta.Name);
                var name = mapped ?? entry.Meta["data_filename"];
                if (name is null)
                {
                    Error(ImportErrorCodes.StudyMeta, "has no 'data_filename'", entry.Meta.Path);
                    continue;
                }

                referenced.Add(name);
                if (!IsFileName(name))
                {
                    Error(ImportErrorCodes.StudyMeta, $"data_filename '{name}' is not a file name in the study folder (no folders, no '..')", entry.Meta.Path, entry.Meta.LineOf("data_filename"));
                    continue;
                }

                if (mapped is not null)
                {
                    _notes.Add($"{entry.Meta.Name}: data file {mapped} as --data-file maps it (data_filename says '{entry.Meta["data_filename"]}')");
                }

                resolved.Add(entry with { DataPath = Path.Combine(folder, name) });
            }

            var unreferenced = Directory.GetFiles(folder).Select(p => Path.GetFileName(p)!)
                .Where(n => !n.StartsWith("meta_", StringComparison.Ordinal) && !referenced.Contains(n)).Order(StringComparer.Ordinal).ToList();
            foreach (var entry in resolved.Where(e => Imported(e) && !File.Exists(e.DataPath)).ToList())
            {
                var name = Path.GetFileName(entry.DataPath!);
                Error(ImportErrorCodes.StudyDataFileMissing,
                    $"data_filename '{name}' is not in the study folder" + (unreferenced.Count == 0 ? string.Empty
                        : $"; files no meta file names: {string.Join(", ", unreferenced)} (if one of them is this data, say so: --data-file {entry.Meta.Name}=<file>)"),
                    entry.Meta.Path, entry.Meta.LineOf("data_filename"));
                resolved.Remove(entry);
            }

            foreach (var name in unreferenced)
            {
                _notes.Add($"{name}: not read (no meta file names it)");
            }

            foreach (var entry in resolved.Where(e => !Imported(e)))
            {
                _notes.Add($"{entry.Meta.Name} ({entry.Type} {entry.Datatype}): not imported; Alkboard reads clinical, timeline, mutation (MAF), structural-variant and discrete copy-number data");
            }

            return [.. resolved.Where(Imported)];
        }

        private static bool Imported(MetaEntry e) => (e.Type, e.Datatype) is ("CANCER_TYPE", "CANCER_TYPE") or ("CLINICAL", "PATIENT_ATTRIBUTES" or "SAMPLE_ATTRIBUTES" or "TIMELINE")
            or ("MUTATION_EXTENDED", "MAF") or ("STRUCTURAL_VARIANT", "SV") or ("COPY_NUMBER_ALTERATION", "DISCRETE" or "DISCRETE_LONG");

        private static bool IsFileName(string name) =>
            name.Length > 0 && name.IndexOfAny(['/', '\\']) < 0 && name is not ("." or "..") && !Path.IsPathRooted(name);
    }
}
