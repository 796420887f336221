namespace Alkboard.Core.Cases;

/// <summary>One finding of a molecular test. The concrete types are the kinds a case file names.</summary>
public abstract record MolecularResult(string? Note)
{
    /// <summary>The word used in case files for this kind ("variant", "fusion", ...).</summary>
    public abstract string Kind { get; }

    /// <summary>The lab file and record this result was imported from; null for results typed by hand.</summary>
    public ResultProvenance? Provenance { get; init; }

    /// <summary>A one-line reader's form, e.g. "ALK p.L1196Q (VAF 12%)".</summary>
    public abstract string Describe();
}
