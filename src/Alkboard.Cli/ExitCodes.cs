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

    /// <summary>The stable code of an internal error.</summary>
    public const string InternalErrorCode = "ALK-INTERNAL-001";
}
