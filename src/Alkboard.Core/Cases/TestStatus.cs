namespace Alkboard.Core.Cases;

/// <summary>Whether a test gave an interpretable result.</summary>
public enum TestStatus
{
    /// <summary>Results were reported (including "nothing found").</summary>
    Reported,

    /// <summary>The test ran but was inconclusive.</summary>
    Inconclusive,

    /// <summary>The test failed (too little material, quality).</summary>
    Failed,
}
