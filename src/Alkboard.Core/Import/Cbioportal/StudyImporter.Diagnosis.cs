using Alkboard.Core.Cases;

namespace Alkboard.Core.Import.Cbioportal;

// The patient's diagnosis: OncoTree codes of the patient and samples resolved to one histology, never by order.
public static partial class StudyImporter
{
    private sealed partial class Run
    {
        /// <summary>
        /// The diagnosis from the cancer type: the patient's ONCOTREE_CODE, else the samples' when they
        /// agree, else the code of the primary sample(s) (SAMPLE_TYPE, or SAMPLE_CLASS, primary) when
        /// they agree; else a CANCER_TYPE_DETAILED or CANCER_TYPE the knowledge base names as a tumor
        /// type, else the study's type_of_cancer. A code that is no histology of the catalog is recorded
        /// as other with its code. A sample code not used is a warning
        /// (<see cref="ImportErrorCodes.HistologyCodeNotUsed"/>: a less specific code such as SARCNOS never
        /// silently replaces a specific one, nor the reverse); sample codes that disagree with nothing to
        /// decide between them are an error (<see cref="ImportErrorCodes.HistologyCodesDisagree"/>), never
        /// settled by sample order or the alphabet.
        /// </summary>
        private (Diagnosis Diagnosis, string? Code) Diagnosis(string id, ClinicalRow? patient, List<ClinicalRow> samples)
        {
            var sampleCodes = samples.Select(s => (Row: s, Code: s.Get("ONCOTREE_CODE"))).Where(s => s.Code is not null).ToList();
            var distinct = sampleCodes.Select(s => s.Code!.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count();
            string? code;
            string where;
            string? name = null;
            var unused = string.Empty;
            if (patient?.Get("ONCOTREE_CODE") is { } patientCode)
            {
                (code, where) = (patientCode, "ONCOTREE_CODE of the patient");
                unused = Unused(id, code, where, sampleCodes);
            }
            else if (distinct == 1)
            {
                (code, where) = (sampleCodes[0].Code, "ONCOTREE_CODE of the sample(s)");
            }
            else if (distinct > 1)
            {
                var primary = sampleCodes.Where(s => IsPrimary(s.Row)).ToList();
                if (primary.Count == 0 || primary.Select(p => p.Code!.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() > 1)
                {
                    var first = sampleCodes[0].Row;
                    Error(ImportErrorCodes.HistologyCodesDisagree,
                        $"patient {id}: the samples' ONCOTREE_CODE values disagree ({string.Join("; ", sampleCodes.Select(s => $"{s.Row.Id} {s.Code}, {SampleType(s.Row)}"))}), " +
                        $"and {(primary.Count == 0 ? "no sample's SAMPLE_TYPE (or SAMPLE_CLASS) says primary" : "the primary samples disagree too")}: the histology is never picked by sample order or the alphabet. " +
                        "Give the patient's ONCOTREE_CODE in the clinical patient file, or correct the samples' codes",
                        _sampleTable!.File.File, first.Line, _sampleTable.Columns.IndexOf("ONCOTREE_CODE") + 1);
                    return (MakeDiagnosis(Histology.Other, "the samples' ONCOTREE_CODE values disagree"), null);
                }

                (code, where) = (primary[0].Code!, $"ONCOTREE_CODE of the primary sample(s) {string.Join(", ", primary.Select(p => $"{p.Row.Id} ({SampleType(p.Row)})"))}");
                unused = Unused(id, code, where, sampleCodes);
            }
            else if (NamedType(patient, samples) is { } named)
            {
                (code, where, name) = (named.Code, $"{named.Column} '{named.Name}' (a tumor type of the knowledge base)", named.Name);
            }
            else
            {
                (code, where, name) = (_study!["type_of_cancer"], $"the study's type_of_cancer ({MetaStudy})", _cancerTypeName);
            }

            var histology = Enum.GetValues<Histology>().Where(h => HistologyCatalog.OncoTreeCode(h) is { } c && c.Equals(code, StringComparison.OrdinalIgnoreCase)).Cast<Histology?>().FirstOrDefault();
            var written = $"{code}{(name is null || name.Equals(code, StringComparison.OrdinalIgnoreCase) ? string.Empty : $" ({name})")} from {where}";
            return histology is { } h
                ? (MakeDiagnosis(h, $"OncoTree {written}{unused}"), code)
                : (MakeDiagnosis(Histology.Other, $"cancer type {written}: not a histology of the knowledge base, recorded as other with its code{unused}"), code);
        }

        /// <summary>
        /// Warns about every sample code other than the one used (one warning per patient, at the first
        /// such sample's row) and returns the sentence the histology text gets, or an empty string.
        /// </summary>
        private string Unused(string id, string code, string where, List<(ClinicalRow Row, string? Code)> sampleCodes)
        {
            var others = sampleCodes.Where(s => !s.Code!.Equals(code, StringComparison.OrdinalIgnoreCase)).ToList();
            if (others.Count == 0)
            {
                return string.Empty;
            }

            var listed = string.Join("; ", others.Select(s => $"{s.Row.Id} ({SampleType(s.Row)}) says {s.Code}"));
            var nos = IsNos(code) && others.Any(o => !IsNos(o.Code!))
                ? $" The code used, {code}, is a not-otherwise-specified one: check whether the more specific code applies to the patient."
                : others.Any(o => IsNos(o.Code!)) ? " A not-otherwise-specified code does not replace a specific one." : string.Empty;
            Warn(ImportErrorCodes.HistologyCodeNotUsed, $"patient {id}: the histology is taken from {where}, {code}; {listed}: not used.{nos}",
                _sampleTable!.File.File, others[0].Row.Line, _sampleTable.Columns.IndexOf("ONCOTREE_CODE") + 1);
            return $"; {listed}: not used ({ImportErrorCodes.HistologyCodeNotUsed})";
        }

        /// <summary>A code whose last part is NOS (SARCNOS, "Sarcoma, NOS"): OncoTree's not-otherwise-specified nodes.</summary>
        private static bool IsNos(string code) => code.Trim().EndsWith("NOS", StringComparison.OrdinalIgnoreCase);

        /// <summary>True when the sample's SAMPLE_TYPE (or, without it, SAMPLE_CLASS) says primary ("Primary", "Primary Tumor"), the value cBioPortal's timeline colours as primary.</summary>
        private static bool IsPrimary(ClinicalRow sample) =>
            (sample.Get("SAMPLE_TYPE") ?? sample.Get("SAMPLE_CLASS"))?.Trim() is { } type
            && (type.Equals("primary", StringComparison.OrdinalIgnoreCase) || type.StartsWith("primary ", StringComparison.OrdinalIgnoreCase));

        private static string SampleType(ClinicalRow sample) =>
            sample.Get("SAMPLE_TYPE") is { } type ? $"SAMPLE_TYPE {type}" : sample.Get("SAMPLE_CLASS") is { } cls ? $"SAMPLE_CLASS {cls}" : "no SAMPLE_TYPE";

        private (string Code, string Column, string Name)? NamedType(ClinicalRow? patient, List<ClinicalRow> samples)
        {
            foreach (var column in new[] { "CANCER_TYPE_DETAILED", "CANCER_TYPE" })
            {
                foreach (var row in samples.Append(patient).OfType<ClinicalRow>())
                {
                    if (row.Get(column) is { } name && kb.FindTumorType(name) is { } type)
                    {
                        return (type.Code, column, name);
                    }
                }
            }

            return null;
        }

        private static Diagnosis MakeDiagnosis(Histology histology, string text) =>
            new("dx1", DiagnosisEvent.Initial, null, histology, text, null, DiseaseExtent.Unknown, [], null,
                "From the cBioPortal study; the study files give no diagnosis date (timeline day 0 is the study's index event, which becomes a date only with --index-date or --anchors).");
    }
}
