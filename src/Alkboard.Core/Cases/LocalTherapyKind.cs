namespace Alkboard.Core.Cases;

/// <summary>Kinds of local therapy.</summary>
public enum LocalTherapyKind
{
    /// <summary>Surgery (resection, debulking, amputation, metastasectomy).</summary>
    Surgery,

    /// <summary>Radiotherapy (conventional, SBRT, radiosurgery).</summary>
    Radiotherapy,

    /// <summary>Local ablation (cryoablation, radiofrequency, microwave).</summary>
    Ablation,

    /// <summary>Another local procedure (e.g. embolisation), described in the note.</summary>
    Other,
}
