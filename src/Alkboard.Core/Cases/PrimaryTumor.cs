namespace Alkboard.Core.Cases;

/// <summary>
/// The tumor a case's molecular results and lines of therapy belong to, and the tumor-type code
/// they are interpreted for. Shared by recommendation and by the import summary's OncoKB
/// comparison, so both read a case's tumor type the same way.
/// </summary>
public static class PrimaryTumor
{
    /// <summary>
    /// The first initial diagnosis (an IMT-family one when there are several), else the first
    /// diagnosis; a later initial diagnosis of another histology is a second primary (issue 12, item 5).
    /// </summary>
    public static Diagnosis? Of(PatientCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var initials = c.Diagnoses.Where(d => d.Event == DiagnosisEvent.Initial).OrderBy(d => d.Date?.Earliest ?? DateOnly.MinValue).ToList();
        return initials.FirstOrDefault(d => d.Histology is Histology.InflammatoryMyofibroblasticTumor or Histology.EpithelioidInflammatoryMyofibroblasticSarcoma)
            ?? initials.FirstOrDefault() ?? c.Diagnoses.FirstOrDefault();
    }

    /// <summary>The tumor-type code of a primary diagnosis: EIMS, IMT, another histology's word; IMT for a case without a diagnosis.</summary>
    public static string TypeCode(Diagnosis? primary) => primary?.Histology switch
    {
        Histology.EpithelioidInflammatoryMyofibroblasticSarcoma => "EIMS",
        Histology.InflammatoryMyofibroblasticTumor => "IMT",
        { } other => HistologyCatalog.Word(other),
        null => "IMT",
    };
}
