using Briefing.Content;
using Briefing.Output;
using Briefing.Rendering;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>
/// The feed HTML of a briefing is built once, from many threads, and the page body it came from is released then
/// (at 50,000 briefings the bodies are hundreds of megabytes).
/// </summary>
public sealed class FeedContentTests
{
    [Fact]
    public void FeedHtml_IsBuiltOncePerBriefing_FromManyThreads_AndReleasesThePageBody()
    {
        // Given a site whose briefing bodies were all rendered for its pages
        using var site = TestSite.Create("""
            -- content/companies/openai.yml --
            name: OpenAI
            -- content/briefings/2025/first.md --
            ---
            title: "First"
            date: 2025-06-26
            summary: "S"
            companies: [openai]
            sources:
              - name: Example
                url: https://news.example.com/a
            ---
            OpenAI hired [a researcher](/people/).
            -- content/briefings/2025/second.md --
            ---
            title: "Second"
            date: 2025-06-25
            summary: "S"
            companies: [openai]
            ---
            Second body.
            """);
        var model = SiteLoader.Load(site.Root, new LoadOptions()).Model!;
        var bodies = new LazyBodies(model, new MarkdownRenderer(model.Config.BasePath));
        bodies.RenderAll();
        var content = new FeedContent(model, new SiteUrls(model.Config), bodies);
        var first = model.Articles.Single(a => a.Slug == "first");

        // When sixteen feeds ask for its feed HTML at once
        var html = new string[16];
        Parallel.For(0, html.Length, i => html[i] = content.ContentHtml(first));

        // Then they all share one string, with absolute links and the sources credited
        Assert.All(html, h => Assert.Same(html[0], h));
        Assert.Contains("href=\"https://example.org/companies/openai/\"", html[0], StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/people/\"", html[0], StringComparison.Ordinal);
        Assert.Contains("<p>Sources: <a href=\"https://news.example.com/a\">Example</a>.</p>", html[0], StringComparison.Ordinal);

        // And no body was rendered twice, while the page body of that briefing is gone: asking again renders it anew
        Assert.Equal(model.Articles.Count, bodies.Rendered);
        _ = bodies[model.PositionOf(first)];
        Assert.Equal(model.Articles.Count + 1, bodies.Rendered);
    }
}
