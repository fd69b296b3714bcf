using Markdig;
using Markdig.Renderers;

namespace Briefing.Rendering;

/// <summary>
/// The one Markdown pipeline: CommonMark plus pipe tables and heading ids, raw HTML escaped (as Hugo does by
/// default), and root-relative links prefixed with the site's base path so a site under <c>/sub/</c> works.
/// Thread-safe: the pipeline is shared, each call gets its own renderer.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
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

    public string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        if (_basePath != "/")
        {
            renderer.LinkRewriter = RewriteLink;
        }

        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private string RewriteLink(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? _basePath + url[1..] : url;
}
