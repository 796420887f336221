namespace Alkboard.Core.Cases;

/// <summary>The RECIST 1.1 role of a lesion.</summary>
public enum LesionCategory
{
    /// <summary>A measured target lesion.</summary>
    Target,

    /// <summary>A non-target lesion, followed qualitatively.</summary>
    NonTarget,

    /// <summary>A lesion that appeared after the baseline.</summary>
    New,
}
