namespace Briefing.Model;

/// <summary>A stable diagnostic identifier (<c>BRF009</c>) with a one-line description of what it means.</summary>
public sealed record DiagnosticCode(string Id, string Description)
{
    public override string ToString() => Id;
}
