using Alkboard.Core.Diagnostics;

namespace Alkboard.Cli;

/// <summary>The exit codes of every alkboard command (docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Invalid input: a file that does not exist, does not parse, or breaks the case rules.</summary>
    public const int InvalidInput = 1;

    /// <summary>Usage error: an unknown command or option, a missing argument.</summary>
    public const int Usage = 2;

    /// <summary>An internal error (a defect of Alkboard, never of the input): reported with code ALK-INTERNAL-001, the trace only with --verbose.</summary>
    public const int Internal = 70;

    /// <summary>
    /// The one mapping from diagnostics to an exit code: any error is invalid input (1); warnings
    /// alone, or none, are success (0). The server will map the same diagnostics to ProblemDetails.
    /// </summary>
    /// <param name="diagnostics">What a reader or engine found.</param>
    /// <returns><see cref="InvalidInput"/> or <see cref="Ok"/>.</returns>
    public static int For(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Any(d => d.IsError) ? InvalidInput : Ok;

    /// <summary>The stable code of an internal error.</summary>
    public const string InternalErrorCode = "ALK-INTERNAL-001";
}
