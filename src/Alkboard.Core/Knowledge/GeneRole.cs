namespace Alkboard.Core.Knowledge;

/// <summary>What a gene of the knowledge base is for an ALK-driven tumor (genes.yaml <c>role</c>).</summary>
public enum GeneRole
{
    /// <summary>A kinase whose fusion or mutation drives the tumor ("kinase_driver": ALK, ROS1, NTRK1–3, RET, …).</summary>
    KinaseDriver,

    /// <summary>A 5′ partner of a kinase fusion ("fusion_partner").</summary>
    FusionPartner,

    /// <summary>An alteration reported beside the driver ("co_alteration").</summary>
    CoAlteration,

    /// <summary>A reported off-target (bypass) resistance mechanism ("bypass").</summary>
    Bypass,
}

/// <summary>The words of <see cref="GeneRole"/> in genes.yaml.</summary>
public static class GeneRoles
{
    /// <summary>The role a genes.yaml word names, or null for a word that names none.</summary>
    /// <param name="word">kinase_driver, fusion_partner, co_alteration or bypass.</param>
    /// <returns>The role, or null.</returns>
    public static GeneRole? Parse(string? word) => word switch
    {
        "kinase_driver" => GeneRole.KinaseDriver,
        "fusion_partner" => GeneRole.FusionPartner,
        "co_alteration" => GeneRole.CoAlteration,
        "bypass" => GeneRole.Bypass,
        _ => null,
    };
}
