namespace Alkboard.Core.Cases;

/// <summary>Units of a dose. Written in files as "mg", "mg/m2", "mg/kg", "g", "g/m2", "ug", "ug/m2".</summary>
public enum DoseUnit
{
    /// <summary>Milligrams.</summary>
    Mg,

    /// <summary>Milligrams per square metre of body surface area.</summary>
    MgPerM2,

    /// <summary>Milligrams per kilogram of body weight.</summary>
    MgPerKg,

    /// <summary>Grams.</summary>
    G,

    /// <summary>Grams per square metre.</summary>
    GPerM2,

    /// <summary>Micrograms.</summary>
    Ug,

    /// <summary>Micrograms per square metre.</summary>
    UgPerM2,
}
