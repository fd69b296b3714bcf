using Briefing.Model;

namespace Briefing.Content;

/// <summary>Collects the diagnostics of one file; not shared between threads.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors { get; private set; }

    public void Error(DiagnosticCode code, SourceSpan span, string message)
    {
        _items.Add(Diagnostic.Error(code, span, message));
        HasErrors = true;
    }

    public void Warning(DiagnosticCode code, SourceSpan span, string message) =>
        _items.Add(Diagnostic.Warning(code, span, message));

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }
}
