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
}
