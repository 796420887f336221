using Alkboard.Core.Cases.Loading;

namespace Alkboard.Cli.Rendering;

/// <summary>Prints load errors in the compiler form "file:line:col: error CODE at $.path: message".</summary>
internal static class DiagnosticPrinter
{
    public static void Print(TextWriter writer, IEnumerable<CaseDiagnostic> errors)
    {
        foreach (var error in errors)
        {
            writer.WriteLine(error.ToString());
        }
    }

    public static object ToJson(CaseDiagnostic d) => new
    {
        code = d.Code,
        message = d.Message,
        line = d.Location.Line > 0 ? d.Location.Line : (int?)null,
        column = d.Location.Line > 0 ? d.Location.Column : (int?)null,
        path = d.Location.Path,
    };
}
