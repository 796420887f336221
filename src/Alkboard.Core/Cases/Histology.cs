namespace Alkboard.Core.Cases;

/// <summary>
/// Histologies of ALK-fusion tumours seen in the seed documents (seed 002 lists all of them).
/// </summary>
public enum Histology
{
    /// <summary>Inflammatory myofibroblastic tumour.</summary>
    InflammatoryMyofibroblasticTumor,

    /// <summary>Epithelioid inflammatory myofibroblastic sarcoma, the aggressive IMT variant (mostly RANBP2-ALK).</summary>
    EpithelioidInflammatoryMyofibroblasticSarcoma,

    /// <summary>Pulmonary sarcomatoid carcinoma.</summary>
    PulmonarySarcomatoidCarcinoma,

    /// <summary>Low-grade sarcoma, not otherwise specified.</summary>
    LowGradeSarcoma,

    /// <summary>Smooth muscle tumour of uncertain malignant potential (uterine in seed 002).</summary>
    SmoothMuscleTumorOfUncertainMalignantPotential,

    /// <summary>Malignancy of unknown origin.</summary>
    MalignancyOfUnknownOrigin,

    /// <summary>Histiocytic sarcoma.</summary>
    HistiocyticSarcoma,

    /// <summary>Myxoid sarcoma.</summary>
    MyxoidSarcoma,

    /// <summary>Another histology, named in the diagnosis text.</summary>
    Other,
}
