namespace Alkboard.Core.Import;

/// <summary>One fusion call as a caller's table gives it, before gene names are resolved.</summary>
internal sealed record FusionRow(
    string FivePrime,
    string ThreePrime,
    string FivePrimeBreakpoint,
    string ThreePrimeBreakpoint,
    bool? InFrame,
    string? FivePrimeTranscript,
    string? ThreePrimeTranscript,
    string Support,
    int Line)
{
    /// <summary>True when the caller's columns do not say which partner is 5' (the written order was kept).</summary>
    public bool OrientationInferred { get; init; }
}
