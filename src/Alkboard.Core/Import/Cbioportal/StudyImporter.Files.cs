using System.Collections.Immutable;
using System.Text;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Core.Import.Cbioportal;

public static partial class StudyImporter
{
    private sealed partial class Run
    {
        private readonly List<(MetaEntry Entry, StudyFileImport File)> _molecular = [];
        private readonly List<(MetaEntry Entry, TimelineTable Table)> _timelines = [];
        private readonly Dictionary<string, string> _patientOfSample = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ClinicalRow> _patientRows = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<ClinicalRow>> _sampleRows = new(StringComparer.Ordinal);
        private readonly List<string> _patientOrder = [];
        private ClinicalTable? _patientTable;
        private ClinicalTable? _sampleTable;

        private void ReadData(List<MetaEntry> metas)
        {
            var patientMetas = metas.Where(m => m.Datatype == "PATIENT_ATTRIBUTES").ToList();
            var sampleMetas = metas.Where(m => m.Datatype == "SAMPLE_ATTRIBUTES").ToList();
            foreach (var several in new[] { patientMetas, sampleMetas }.Where(l => l.Count > 1))
            {
                Error(ImportErrorCodes.StudyFolder, $"{string.Join(" and ", several.Select(m => m.Meta.Name))} all declare {several[0].Datatype}: a study has one clinical sample file and at most one patient file", folder);
            }

            if (sampleMetas.Count == 0)
            {
                Error(ImportErrorCodes.StudyFolder, "no meta file declares CLINICAL SAMPLE_ATTRIBUTES: a study needs its clinical sample file (which sample belongs to which patient)", folder);
            }

            if (HasErrors)
            {
                return;
            }

            foreach (var entry in metas.Where(m => m.Type == "CANCER_TYPE"))
            {
                Guard(entry, () => CancerType(entry));
            }

            if (patientMetas.Count == 1)
            {
                _patientTable = Guard(patientMetas[0], () => ClinicalFile.Read(patientMetas[0].DataPath!, ClinicalKind.Patient, patientMetas[0].Meta.Name), t => t.File);
            }

            _sampleTable = Guard(sampleMetas[0], () => ClinicalFile.Read(sampleMetas[0].DataPath!, ClinicalKind.Sample, sampleMetas[0].Meta.Name), t => t.File);
            var clinicalRead = _sampleTable is not null && _sampleTable.File.Success && (_patientTable is null ? patientMetas.Count == 0 : _patientTable.File.Success);
            if (clinicalRead)
            {
                CrossReference(_patientTable, _sampleTable!);
            }

            foreach (var entry in metas.Where(m => m.Type is "MUTATION_EXTENDED" or "STRUCTURAL_VARIANT" or "COPY_NUMBER_ALTERATION"))
            {
                if (Guard(entry, () => Molecular(entry)) is { } file)
                {
                    _molecular.Add((entry, file));
                }
            }

            foreach (var entry in metas.Where(m => m.Datatype == "TIMELINE"))
            {
                if (Guard(entry, () => TimelineReader.Read(entry.DataPath!, entry.Meta.Name, kb.Vocabulary), t => t.File) is { } table)
                {
                    _timelines.Add((entry, table));
                }
            }

            if (clinicalRead)
            {
                CheckSamples();
            }

            CheckBuilds();
        }

        private StudyFileImport Molecular(MetaEntry entry)
        {
            var path = entry.DataPath!;
            var (namespaces, namespacesLine) = (entry.Meta["namespaces"]?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [], entry.Meta.LineOf("namespaces"));
            var profile = entry.Meta["profile_name"];
            return entry.Type switch
            {
                "STRUCTURAL_VARIANT" => StructuralVariantReader.Read(path, entry.Meta.Name, kb, options.AllGenes, _build, namespaces, namespacesLine),
                "COPY_NUMBER_ALTERATION" => CopyNumberReader.Read(path, entry.Meta.Name, entry.Datatype, kb, options.AllGenes, _build, profile, namespaces, namespacesLine),
                _ => Mutations(entry),
            };
        }

        /// <summary>The extended MAF through the lab-file MAF reader (one reader of MAF rows), then its samples for the check against the clinical sample file.</summary>
        private StudyFileImport Mutations(MetaEntry entry)
        {
            var path = entry.DataPath!;
            var import = LabFileImporter.Import(path, new ImportOptions(null, options.AllGenes), kb);
            var diagnostics = import.Errors;
            if (import.Format is { } format && format != LabFileFormat.Maf)
            {
                diagnostics = diagnostics.Add(new Diagnostic(ImportErrorCodes.WrongFormat,
                    $"{entry.Meta.Name} declares a MAF (MUTATION_EXTENDED), but this file is read as {format}", new SourceLocation(path, 1, 1, string.Empty)));
            }
            else if (import.Format is null)
            {
                diagnostics = diagnostics.Add(new Diagnostic(ImportErrorCodes.WrongFormat,
                    $"{entry.Meta.Name} declares a MAF (MUTATION_EXTENDED), but the file does not start as one (#version or a Hugo_Symbol header)", new SourceLocation(path, 1, 1, string.Empty)));
            }

            var samples = import.Success && import.Format == LabFileFormat.Maf ? MafSamples(path) : ImmutableDictionary<string, (int, int)>.Empty;
            return new StudyFileImport(path, entry.Meta.Name, "MAF", import.Sha256, import.GenomeBuild ?? _build, import.Results, import.Counts, import.Notes, diagnostics)
            {
                SampleLines = samples,
            };
        }

        /// <summary>Every Tumor_Sample_Barcode of a MAF (read without error already), with its first line and column.</summary>
        private static ImmutableDictionary<string, (int, int)> MafSamples(string path)
        {
            var samples = ImmutableDictionary.CreateBuilder<string, (int, int)>(StringComparer.Ordinal);
            using var lines = LabFileLines.Open(path);
            var column = -1;
            while (lines.Next() is { } line)
            {
                if (line.StartsWith('#') || line.Length == 0)
                {
                    continue;
                }

                var f = StudyTsv.Split(line);
                if (column < 0)
                {
                    column = Array.IndexOf(f.Select(c => c.Trim()).ToArray(), "Tumor_Sample_Barcode");
                    continue;
                }

                samples.TryAdd(f[column].Trim(), (lines.Number, column + 1));
            }

            return samples.ToImmutable();
        }

        /// <summary>The cancer type file: rows of type_of_cancer, name, color, parent; the study's type gives its name.</summary>
        private StudyFileImport CancerType(MetaEntry entry)
        {
            var collector = new StudyFileCollector(entry.DataPath!, StudyTsv.Sha256Of(entry.DataPath!), entry.Meta.Name, "CANCER_TYPE");
            using var lines = LabFileLines.Open(entry.DataPath!);
            while (lines.Next() is { } line)
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                var f = StudyTsv.Split(line);
                if (f.Length != 4)
                {
                    collector.Error(ImportErrorCodes.WrongFormat, $"{f.Length} fields where a cancer type file has 4 (type_of_cancer, name, color, parent type)", lines.Number);
                    continue;
                }

                collector.Count("cancer types");
                if (f[0].Trim().Equals(_study!["type_of_cancer"], StringComparison.OrdinalIgnoreCase))
                {
                    _cancerTypeName = f[1].Trim();
                }
            }

            return collector.Build();
        }

        private void CrossReference(ClinicalTable? patients, ClinicalTable samples)
        {
            foreach (var row in patients?.Rows ?? [])
            {
                _patientRows[row.Id] = row;
                _patientOrder.Add(row.Id);
            }

            var patientColumn = samples.Columns.IndexOf("PATIENT_ID") + 1;
            foreach (var row in samples.Rows)
            {
                _patientOfSample[row.Id] = row.PatientId;
                if (!_sampleRows.TryGetValue(row.PatientId, out var list))
                {
                    _sampleRows[row.PatientId] = list = [];
                    if (!_patientRows.ContainsKey(row.PatientId))
                    {
                        _patientOrder.Add(row.PatientId);
                        if (patients is not null)
                        {
                            Warn(ImportErrorCodes.ClinicalCrossReference, $"patient {row.PatientId} has no row in {Path.GetFileName(patients.File.File)}: the case is made from the sample file only", samples.File.File, row.Line, patientColumn);
                        }
                    }
                }

                list.Add(row);
            }

            foreach (var row in patients?.Rows.Where(r => !_sampleRows.ContainsKey(r.Id)) ?? [])
            {
                Warn(ImportErrorCodes.ClinicalCrossReference, $"patient {row.Id} has no sample in {Path.GetFileName(samples.File.File)}: the case holds the clinical data only", patients!.File.File, row.Line);
            }
        }

        /// <summary>Every sample a molecular file names must be a sample of the clinical sample file.</summary>
        private void CheckSamples()
        {
            var sampleFile = Path.GetFileName(_sampleTable!.File.File);
            foreach (var (_, file) in _molecular)
            {
                foreach (var (sample, (line, column)) in file.SampleLines.OrderBy(s => s.Value.Line).ThenBy(s => s.Value.Column))
                {
                    if (!_patientOfSample.ContainsKey(sample))
                    {
                        Error(ImportErrorCodes.SampleNotInStudy, $"sample '{sample}' is not a SAMPLE_ID of {sampleFile}", file.File, line, column);
                    }
                }
            }
        }

        /// <summary>The study's build (meta_study.txt) and the builds the data files state must agree; without a study build the files' build is taken when they agree.</summary>
        private void CheckBuilds()
        {
            var stated = _build;
            foreach (var (entry, file) in _molecular.Where(m => m.File.GenomeBuild is not null))
            {
                if (_build is null)
                {
                    _build = file.GenomeBuild;
                    _notes.Add($"genome build {_build} as {Path.GetFileName(file.File)} states it");
                }
                else if (file.GenomeBuild != _build)
                {
                    Error(ImportErrorCodes.GenomeBuildConflict,
                        $"the file states {file.GenomeBuild}, but {(stated is null ? "an earlier data file states" : $"{MetaStudy} reference_genome says")} {_build}: one study has one genome build", file.File);
                }
            }
        }

        private StudyFileImport? Guard(MetaEntry entry, Func<StudyFileImport> read) => Guard(entry, read, f => f);

        /// <summary>Reads one data file; an unreadable file is its own located error, never an exception.</summary>
        private T? Guard<T>(MetaEntry entry, Func<T> read, Func<T, StudyFileImport> fileOf)
            where T : class
        {
            var path = entry.DataPath!;
            string? failure = null;
            var code = ImportErrorCodes.Unreadable;
            try
            {
                var result = read();
                _files.Add(fileOf(result));
                return result;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                (code, failure) = (ImportErrorCodes.FileNotFound, "cannot be read: " + ex.Message);
            }
            catch (InvalidDataException ex)
            {
                failure = "the file starts as gzip but cannot be decompressed: " + ex.Message;
            }
            catch (DecoderFallbackException)
            {
                failure = "the file is not UTF-8 text";
            }

            _files.Add(new StudyFileImport(path, entry.Meta.Name, entry.Datatype, null, null, [], ImmutableSortedDictionary<string, int>.Empty.WithComparers(StringComparer.Ordinal), [],
                [new Diagnostic(code, failure, new SourceLocation(path, 0, 0, string.Empty))]));
            return null;
        }
    }
}
