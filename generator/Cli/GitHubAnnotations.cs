using System.Text;
using Briefing.Model;

namespace Briefing.Cli;

/// <summary>
/// Diagnostics as GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=BRF009::message</c>): a
/// <c>check</c> step in a pull request's workflow puts each problem on the editor's own line of the diff.
/// </summary>
public static class GitHubAnnotations
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            writer.Write(Format(d));
            writer.Write('\n');
        }
    }

    /// <summary>One annotation. Properties escape <c>% \r \n : ,</c> and the message <c>% \r \n</c>, as the runner decodes them.</summary>
    public static string Format(Diagnostic d) =>
        $"::{(d.IsError ? "error" : "warning")} file={Property(d.Span.Path)},line={d.Span.Line},col={d.Span.Column},title={Property(d.Code.Id)}::{Data(d.Message)}";

    private static string Data(string text) => Escape(text, property: false);

    private static string Property(string text) => Escape(text, property: true);

    private static string Escape(string text, bool property)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '%' => "%25",
                '\r' => "%0D",
                '\n' => "%0A",
                ':' when property => "%3A",
                ',' when property => "%2C",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
