namespace Alkboard.Core.Diagnostics;

/// <summary>How much a diagnostic weighs: an error rejects the input; a warning is shown and rejects nothing.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input cannot be right: it is rejected whole.</summary>
    Error,

    /// <summary>The input may be right: shown, accepted.</summary>
    Warning,
}
