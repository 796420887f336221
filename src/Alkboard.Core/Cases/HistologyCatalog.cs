namespace Alkboard.Core.Cases;

/// <summary>
/// File words and OncoTree codes for each <see cref="Histology"/>. A code is given only where
/// OncoTree has a node for that histology: IMT, SARCL (sarcomatoid carcinoma of the lung),
/// USTUMP (uterine STUMP) and CUP (cancer of unknown primary). EIMS, low-grade sarcoma,
/// histiocytic sarcoma and myxoid sarcoma are left without a code rather than given a guessed one.
/// </summary>
public static class HistologyCatalog
{
    private static readonly (Histology Histology, string Word, string Label, string? OncoTree)[] Rows =
    [
        (Histology.InflammatoryMyofibroblasticTumor, "imt", "Inflammatory myofibroblastic tumor", "IMT"),
        (Histology.EpithelioidInflammatoryMyofibroblasticSarcoma, "eims", "Epithelioid inflammatory myofibroblastic sarcoma", null),
        (Histology.PulmonarySarcomatoidCarcinoma, "pulmonary_sarcomatoid_carcinoma", "Pulmonary sarcomatoid carcinoma", "SARCL"),
        (Histology.LowGradeSarcoma, "low_grade_sarcoma", "Low-grade sarcoma", null),
        (Histology.SmoothMuscleTumorOfUncertainMalignantPotential, "stump", "Smooth muscle tumor of uncertain malignant potential", "USTUMP"),
        (Histology.MalignancyOfUnknownOrigin, "unknown_origin", "Malignancy of unknown origin", "CUP"),
        (Histology.HistiocyticSarcoma, "histiocytic_sarcoma", "Histiocytic sarcoma", null),
        (Histology.MyxoidSarcoma, "myxoid_sarcoma", "Myxoid sarcoma", null),
        (Histology.Other, "other", "Other histology", null),
    ];

    /// <summary>The word used in case files ("imt", "eims", ...).</summary>
    public static string Word(Histology histology) => Rows.First(r => r.Histology == histology).Word;

    /// <summary>A reader's label.</summary>
    public static string Label(Histology histology) => Rows.First(r => r.Histology == histology).Label;

    /// <summary>The OncoTree code, or null where OncoTree has no node for it.</summary>
    public static string? OncoTreeCode(Histology histology) => Rows.First(r => r.Histology == histology).OncoTree;

    /// <summary>Every file word, for the schema and error messages.</summary>
    public static IReadOnlyList<string> Words { get; } = [.. Rows.Select(r => r.Word)];

    /// <summary>The histology a file word names, if any.</summary>
    public static Histology? FromWord(string word) =>
        Rows.FirstOrDefault(r => r.Word == word) is { Word: not null } row ? row.Histology : null;
}
