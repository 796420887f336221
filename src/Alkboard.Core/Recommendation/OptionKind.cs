namespace Alkboard.Core.Recommendation;

/// <summary>What kind of next step an option is.</summary>
public enum OptionKind
{
    /// <summary>An ALK (or other) inhibitor.</summary>
    Drug,

    /// <summary>Surgery.</summary>
    Surgery,

    /// <summary>Local ablative therapy (surgery, SBRT, cryoablation) while continuing the current drug.</summary>
    LocalTherapy,

    /// <summary>A test to order.</summary>
    Test,

    /// <summary>A clinical trial or access route.</summary>
    Trial,

    /// <summary>Chemotherapy.</summary>
    Chemotherapy,

    /// <summary>Supportive care.</summary>
    Supportive,
}
