namespace Alkboard.Core.Cases;

/// <summary>Sex as recorded in the source.</summary>
public enum Sex
{
    /// <summary>Not stated in the source.</summary>
    Unknown,

    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,
}
