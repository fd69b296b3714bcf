using Briefing.Model;

namespace Briefing.Cli;

/// <summary>Prints diagnostics as <c>path:line:col: error BRF009: message</c>, sorted by file and position.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in Sort(diagnostics))
        {
            writer.WriteLine(d.ToString());
        }
    }

    public static IEnumerable<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
        .ThenBy(d => d.Span.Line)
        .ThenBy(d => d.Span.Column)
        .ThenBy(d => d.Code.Id, StringComparer.Ordinal);
}
