namespace Alkboard.Core.Cases;

/// <summary>How a concomitant medication interacts with ALK inhibitors, as the treating team (or pharmacist) classified it; the labels name these classes.</summary>
public enum MedicationInteraction
{
    /// <summary>Not classified: the report says the interaction was not assessed.</summary>
    Unknown,

    /// <summary>No relevant interaction.</summary>
    None,

    /// <summary>A strong CYP3A inhibitor.</summary>
    StrongCyp3aInhibitor,

    /// <summary>A moderate CYP3A inhibitor.</summary>
    ModerateCyp3aInhibitor,

    /// <summary>A strong CYP3A inducer.</summary>
    StrongCyp3aInducer,

    /// <summary>A moderate CYP3A inducer.</summary>
    ModerateCyp3aInducer,

    /// <summary>A drug that prolongs the QT interval.</summary>
    QtProlonging,

    /// <summary>A drug that slows the heart rate (beta-blockers, non-dihydropyridine calcium channel blockers, digoxin, clonidine).</summary>
    Bradycardic,
}
