namespace Alkboard.Core.Knowledge;

/// <summary>
/// The ALK tyrosine kinase inhibitors named in CLINICAL-LOGIC.md section 2: crizotinib (first
/// generation), ceritinib, alectinib, brigatinib, ensartinib (second), lorlatinib (third).
/// Used to date "the first ALK inhibitor" for overall survival from its start.
/// </summary>
public static class AlkInhibitors
{
    /// <summary>Lower-case generic names.</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "crizotinib", "ceritinib", "alectinib", "brigatinib", "ensartinib", "lorlatinib",
    };

    /// <summary>True when the drug is an ALK inhibitor.</summary>
    public static bool Contains(string drug) => Names.Contains(drug.Trim().ToLowerInvariant());

    /// <summary>True when the drug is an ALK inhibitor.</summary>
    public static bool Contains(Alkboard.Core.Cases.DrugName drug) => Names.Contains(drug.Value);
}
