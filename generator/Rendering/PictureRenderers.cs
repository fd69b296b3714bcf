using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Rendering;

/// <summary>
/// Markdig renderers for a body's local images: <c>![alt](photo.jpg)</c> becomes a <see cref="PictureHtml"/> picture; a
/// paragraph that holds one image and nothing else becomes a <c>&lt;figure&gt;</c>, its title the caption. Remote
/// images and anything unknown render as Markdig renders them.
/// </summary>
internal static class PictureRenderers
{
    public static void Install(HtmlRenderer renderer, PictureHtml pictures, string fromFile)
    {
        var links = renderer.ObjectRenderers.FindExact<LinkInlineRenderer>();
        var paragraphs = renderer.ObjectRenderers.FindExact<ParagraphRenderer>();
        if (links is null || paragraphs is null)
        {
            return;
        }

        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new ImageInline(links, pictures, fromFile));
        renderer.ObjectRenderers.Replace<ParagraphRenderer>(new Figure(paragraphs, pictures, fromFile));
    }

    /// <summary>The image's alt text as plain text (the literal text of its children).</summary>
    private static string Alt(LinkInline image)
    {
        var text = new StringBuilder();
        foreach (var inline in image.Descendants<Inline>())
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                _ => string.Empty,
            });
        }

        return text.ToString();
    }

    private sealed class ImageInline(LinkInlineRenderer inner, PictureHtml pictures, string fromFile) : HtmlObjectRenderer<LinkInline>
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (link.IsImage && pictures.Resolve(fromFile, link.Url) is { } set)
            {
                var html = new StringBuilder();
                pictures.Picture(html, set, Alt(link), hero: false);
                renderer.Write(html.ToString());
                return;
            }

            ((IMarkdownObjectRenderer)inner).Write(renderer, link);
        }
    }

    private sealed class Figure(ParagraphRenderer inner, PictureHtml pictures, string fromFile) : HtmlObjectRenderer<ParagraphBlock>
    {
        protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
        {
            if (SoleImage(paragraph) is { } image && pictures.Resolve(fromFile, image.Url) is { } set && !renderer.ImplicitParagraph)
            {
                var html = new StringBuilder("<figure class=\"figure\">");
                pictures.Picture(html, set, Alt(image), hero: false);
                PictureHtml.Caption(html, string.IsNullOrWhiteSpace(image.Title) ? null : image.Title, null);
                renderer.EnsureLine();
                renderer.WriteLine(html.Append("</figure>").ToString());
                return;
            }

            ((IMarkdownObjectRenderer)inner).Write(renderer, paragraph);
        }

        private static LinkInline? SoleImage(ParagraphBlock paragraph)
        {
            LinkInline? image = null;
            for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LinkInline { IsImage: true } found when image is null:
                        image = found;
                        break;
                    case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    case LineBreakInline:
                        break;
                    default:
                        return null;
                }
            }

            return image;
        }
    }
}
