namespace Alkboard.Core.Cases;

/// <summary>How far the disease has spread at a diagnosis or restaging.</summary>
public enum DiseaseExtent
{
    /// <summary>Not stated.</summary>
    Unknown,

    /// <summary>Confined to its site of origin.</summary>
    Localized,

    /// <summary>Invading neighbouring structures, not distant.</summary>
    LocallyAdvanced,

    /// <summary>Distant metastases.</summary>
    Metastatic,
}
