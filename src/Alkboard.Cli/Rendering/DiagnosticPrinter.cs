using Alkboard.Core.Cases.Loading;
using Alkboard.Core.Diagnostics;

namespace Alkboard.Cli.Rendering;

/// <summary>Prints load errors in the compiler form "file:line:col: error CODE at $.path: message".</summary>
internal static class DiagnosticPrinter
{
    public static void Print(TextWriter writer, IEnumerable<Diagnostic> errors)
    {
        foreach (var error in errors)
        {
            writer.WriteLine(error.ToString());
        }
    }

    public static object ToJson(Diagnostic d) => new
    {
        code = d.Code,
        severity = d.IsError ? "error" : "warning",
        message = d.Message,
        line = d.Location.Line > 0 ? d.Location.Line : (int?)null,
        column = d.Location.Line > 0 ? d.Location.Column : (int?)null,
        path = d.Location.Path,
    };
}
