namespace Alkboard.Core.Cases;

/// <summary>One finding of a molecular test. The concrete types are the kinds a case file names.</summary>
public abstract record MolecularResult(string? Note)
{
    /// <summary>The word used in case files for this kind ("variant", "fusion", ...).</summary>
    public abstract string Kind { get; }

    /// <summary>A one-line reader's form, e.g. "ALK p.L1196Q (VAF 12%)".</summary>
    public abstract string Describe();
}
