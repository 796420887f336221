namespace Alkboard.Core.Cases;

/// <summary>How disease was assessed.</summary>
public enum Modality
{
    /// <summary>Not stated.</summary>
    Unspecified,

    /// <summary>Computed tomography.</summary>
    Ct,

    /// <summary>Magnetic resonance imaging.</summary>
    Mri,

    /// <summary>FDG PET/CT.</summary>
    PetCt,

    /// <summary>Plain radiograph.</summary>
    XRay,

    /// <summary>Ultrasound.</summary>
    Ultrasound,

    /// <summary>Clinical examination.</summary>
    Clinical,
}
