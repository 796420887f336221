namespace Alkboard.Cli;

/// <summary>What a command prints: tables for people, JSON for programs.</summary>
public enum OutputFormat
{
    /// <summary>Human-readable tables.</summary>
    Table,

    /// <summary>Stable JSON, documented in docs/cli.md.</summary>
    Json,
}
