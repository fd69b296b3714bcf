namespace Briefing.Model;

/// <summary>A problem found in the content or the theme, with the place it was found.</summary>
public sealed record Diagnostic(Severity Severity, DiagnosticCode Code, string Message, SourceSpan Span)
{
    public static Diagnostic Error(DiagnosticCode code, SourceSpan span, string message) => new(Severity.Error, code, message, span);

    public static Diagnostic Warning(DiagnosticCode code, SourceSpan span, string message) => new(Severity.Warning, code, message, span);

    public bool IsError => Severity == Severity.Error;

    /// <summary>The line editors and problem matchers read: <c>path:line:col: error BRF009: message</c>.</summary>
    public override string ToString() =>
        $"{Span}: {(IsError ? "error" : "warning")} {Code.Id}: {Message}";
}
