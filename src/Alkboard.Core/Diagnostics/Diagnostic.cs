namespace Alkboard.Core.Diagnostics;

/// <summary>
/// One problem found in an input (a case file, the knowledge base, later the lab files): a stable
/// code (ALK-CASE-012, ALK-KB-004), its severity, a message, and where it is (file, line, column,
/// JSON path). Every reader returns these; one place maps them to exit codes.
/// </summary>
public sealed record Diagnostic(string Code, string Message, SourceLocation Location, DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    /// <summary>True for an error (the input is rejected).</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>"file:line:column: error CODE at $.path: message", the form compilers use.</summary>
    public override string ToString()
    {
        var word = IsError ? "error" : "warning";
        return Location.Path.Length > 0
            ? $"{Location}: {word} {Code} at {Location.Path}: {Message}"
            : $"{Location}: {word} {Code}: {Message}";
    }
}
