using Briefing.Model;
using Markdig;
using Markdig.Syntax;
using SourceSpan = Briefing.Model.SourceSpan;
using Markdig.Syntax.Inlines;

namespace Briefing.Content;

/// <summary>
/// Finds the link and image destinations in a briefing's body that the renderer drops (<see cref="LinkSafety"/>) and
/// tells the editor where they are (BRF039). Runs when the file is parsed, so the warning is cached with the file's
/// other diagnostics and comes back on builds that take the body from the parse cache.
/// </summary>
internal static class UnsafeLinks
{
    /// <summary>
    /// The renderer's block and inline parsers (pipe tables, raw HTML off), so a link is found exactly where it would be
    /// rendered; precise positions for the warning. Content never sees Rendering, so the pipeline is built here again.
    /// </summary>
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .DisableHtml()
        .UsePreciseSourceLocation()
        .Build();

    private const string Allowed = "links and images may use http, https, mailto, a relative path or a #fragment";

    /// <summary>
    /// Markdown in a front-matter value (a correction's text): reported at the value, since a YAML scalar's quoting
    /// and folding keep no exact column for what is inside it.
    /// </summary>
    public static void CheckText(string markdown, SourceSpan at, DiagnosticBag diagnostics) =>
        Check(markdown, at.Path, 0, diagnostics, at);

    /// <param name="bodyLine">The 1-based line of the file where the body starts.</param>
    public static void Check(string body, string relativePath, int bodyLine, DiagnosticBag diagnostics) =>
        Check(body, relativePath, bodyLine, diagnostics, null);

    private static void Check(string body, string relativePath, int bodyLine, DiagnosticBag diagnostics, SourceSpan? at)
    {
        if (CannotHoldUnsafeLink(body))
        {
            return;
        }

        var document = Markdown.Parse(body, Pipeline);
        foreach (var inline in document.Descendants<Inline>())
        {
            var (url, image) = inline switch
            {
                LinkInline link => (link.Url, link.IsImage),
                AutolinkInline { IsEmail: false } autolink => (autolink.Url, false),
                _ => (null, false),
            };
            if (LinkSafety.UnsafeScheme(url) is not { } scheme)
            {
                continue;
            }

            var span = at ?? new SourceSpan(relativePath, bodyLine + inline.Line, inline.Column + 1);
            diagnostics.Warning(DiagnosticCodes.UnsafeLink, span, image
                ? $"this image's '{scheme}:' URL is not published ({Allowed}); readers see its alt text instead"
                : $"this link's '{scheme}:' URL is not published ({Allowed}); readers see its text without the link");
        }
    }

    /// <summary>
    /// True when the text alone shows that no link or image destination in <paramref name="body"/> can have a scheme
    /// <see cref="LinkSafety.UnsafeScheme"/> refuses, so it need not be parsed (most bodies: their only colons follow
    /// <c>(https</c> or prose). A destination's scheme is what precedes its first ':' and may hold only scheme characters
    /// and the white space the check skips; a destination starts after '(' (inline), '&lt;' (autolink, pointy) or ':'
    /// (reference definition), each perhaps followed by white space. So a colon is harmless unless walking back from it
    /// over those characters (and '\', which escapes) reaches one of the three, or the start, with anything but
    /// http, https or mailto in between. An entity can spell any character: a body that may hold one is parsed.
    /// </summary>
    internal static bool CannotHoldUnsafeLink(ReadOnlySpan<char> body)
    {
        // Every link needs a ']' (inline, reference) or a '<' (autolink), and every scheme a ':' (or an entity for one).
        if (body.IndexOfAny(']', '<') < 0 || body.IndexOfAny(':', '&') < 0)
        {
            return true;
        }

        if (MayHoldEntity(body))
        {
            return false;
        }

        for (var colon = body.IndexOf(':'); colon >= 0; colon = body[(colon + 1)..].IndexOf(':') is var next and >= 0 ? colon + 1 + next : -1)
        {
            if (MayStartUnsafeScheme(body, colon))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MayStartUnsafeScheme(ReadOnlySpan<char> body, int colon)
    {
        var start = colon;
        var plain = true;
        while (start > 0 && body[start - 1] is var c && (IsSchemeChar(c) || c <= ' ' || c == '\u007F' || c == '\\'))
        {
            plain &= IsSchemeChar(c);
            start--;
        }

        if (start > 0 && body[start - 1] is not ('(' or '<' or ':'))
        {
            return false;
        }

        var name = body[start..colon];
        return !plain || !(name.IsEmpty || name.Equals("http", StringComparison.OrdinalIgnoreCase)
                           || name.Equals("https", StringComparison.OrdinalIgnoreCase) || name.Equals("mailto", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether <paramref name="body"/> has an '&amp;' followed by letters, digits or '#' and a ';': the shape of every
    /// entity CommonMark decodes (a query string's <c>?a=1&amp;b=2</c> is not one).
    /// </summary>
    private static bool MayHoldEntity(ReadOnlySpan<char> body)
    {
        for (var at = body.IndexOf('&'); at >= 0; at = body[(at + 1)..].IndexOf('&') is var next and >= 0 ? at + 1 + next : -1)
        {
            var rest = body[(at + 1)..];
            var run = rest.IndexOfAnyExcept(EntityName);
            if (run > 0 && rest[run] == ';')
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> EntityName =
        System.Buffers.SearchValues.Create("#0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static bool IsSchemeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.';
}
