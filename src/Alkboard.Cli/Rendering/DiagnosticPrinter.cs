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
}