using System.Globalization;
using System.Text;
using Briefing.Model;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Rendering;

/// <summary>
/// The one Markdown pipeline: CommonMark plus pipe tables and heading ids, raw HTML escaped (as Hugo does by
/// default), links and images to unsafe schemes dropped (<see cref="LinkSafety"/>), and root-relative links
/// prefixed with the site's base path so a site under <c>/sub/</c> works. Thread-safe: the pipeline is shared, each call gets its own renderer.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>Ids the theme uses for itself; body headings with these names get a suffix.</summary>
    public static readonly IReadOnlySet<string> ReservedIds = new HashSet<string>(StringComparer.Ordinal) { "main", "top", "content", "site-nav", "search", "corrections", "corrections-heading", "contents-heading" };

    /// <summary>Past this, a thread's builder is not kept for the next body (one very long body).</summary>
    private const int KeptChars = 512 * 1024;

    private readonly MarkdownPipeline _pipeline;
    private readonly PerThread<StringBuilder> _html = new(() => new StringBuilder(32 * 1024));
    private readonly string _basePath;

    public MarkdownRenderer(string basePath)
    {
        _basePath = basePath;
        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .DisableHtml()
            .Build();
    }

    /// <param name="links">Links the first mention of each registry company and person; null renders the text as written.</param>
    /// <param name="images">The processed images and the file the body comes from (its images' paths are relative to it).</param>
    public string ToHtml(string markdown, EntityLinker? links = null, (PictureHtml Pictures, string FromFile)? images = null)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        HeadingIds.MakeSafe(document, ReservedIds);
        return Render(document, links, implicitParagraph: false, images);
    }

    /// <summary>
    /// Short Markdown shown inside other markup (a correction's text): one paragraph renders without its
    /// <c>&lt;p&gt;</c>, links and emphasis kept, unsafe links dropped as in bodies.
    /// </summary>
    public string ToInlineHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        HeadingIds.MakeSafe(document, ReservedIds);
        return Render(document, null, implicitParagraph: document is [ParagraphBlock]).TrimEnd('\n');
    }

    private string Render(MarkdownDocument document, EntityLinker? links, bool implicitParagraph, (PictureHtml Pictures, string FromFile)? images = null)
    {
        DropUnsafeLinks(document);
        links?.Apply(document);
        // The thread's builder, reused body after body: a new one and its growth were half the bytes of a rendered body.
        var html = _html.Take();
        html.Length = 0;
        using var writer = new StringWriter(html, CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = implicitParagraph };
        _pipeline.Setup(renderer);
        if (images is { } i)
        {
            PictureRenderers.Install(renderer, i.Pictures, i.FromFile);
        }
        if (_basePath != "/")
        {
            renderer.LinkRewriter = RewriteLink;
        }

        renderer.Render(document);
        writer.Flush();
        var text = html.ToString();
        if (html.Capacity <= KeptChars)
        {
            _html.Return(html);
        }

        return text;
    }

    /// <summary>
    /// Unwraps every link and image whose destination <see cref="LinkSafety"/> refuses (after the parser decoded its
    /// entities; reference links carry their definition's URL): a link leaves its text, an image its alt text, an
    /// autolink its URL as plain text. The content stage warns about each one (BRF039).
    /// </summary>
    private static void DropUnsafeLinks(MarkdownDocument document)
    {
        var unsafeInlines = document.Descendants<Inline>()
            .Where(i => i switch
            {
                LinkInline link => LinkSafety.UnsafeScheme(link.Url) is not null,
                AutolinkInline { IsEmail: false } autolink => LinkSafety.UnsafeScheme(autolink.Url) is not null,
                _ => false,
            })
            .ToArray();
        foreach (var inline in unsafeInlines)
        {
            if (inline is ContainerInline container)
            {
                var child = container.FirstChild;
                while (child is not null)
                {
                    var next = child.NextSibling;
                    child.Remove();
                    container.InsertBefore(child);
                    child = next;
                }

                container.Remove();
            }
            else if (inline is AutolinkInline autolink)
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    private string RewriteLink(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? _basePath + url[1..] : url;
}
