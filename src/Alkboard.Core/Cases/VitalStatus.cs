namespace Alkboard.Core.Cases;

/// <summary>Alive or dead at the last follow-up.</summary>
public enum VitalStatus
{
    /// <summary>Not stated.</summary>
    Unknown,

    /// <summary>Alive at last follow-up.</summary>
    Alive,

    /// <summary>Dead.</summary>
    Dead,
}
