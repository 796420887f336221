using Alkboard.Core.Diagnostics;

namespace Alkboard.Contracts.Cases;

/// <summary>One error or warning in a file: stable code, "error" or "warning", message, 1-based line and column (null when not located in the text), JSON path.</summary>
public sealed record DiagnosticJson(string Code, string Severity, string Message, int? Line, int? Column, string Path)
{
    /// <summary>The contract form of a diagnostic.</summary>
    public static DiagnosticJson From(Diagnostic d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var located = d.Location.Line > 0;
        return new(d.Code, d.IsError ? "error" : "warning", d.Message, located ? d.Location.Line : null, located ? d.Location.Column : null, d.Location.Path);
    }
}
