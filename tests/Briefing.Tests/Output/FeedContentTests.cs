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
    private const string TwoBriefings = """
        -- content/site.yml --
        title: Limits
        base_url: https://example.org/
        description: Feed limits.
        language: en
        feed_items: 1
        -- content/companies/acme.yml --
        name: Acme
        -- content/briefings/2025/one.md --
        ---
        title: "One"
        date: 2025-01-01
        summary: "First."
        companies: [acme]
        ---
        One.
        -- content/briefings/2025/two.md --
        ---
        title: "Two"
        date: 2025-02-01
        summary: "Second."
        companies: [acme]
        ---
        Two.
        """;

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

    [Fact]
    public void PageWritten_BuildsTheFeedItemOfACarriedBriefing_AndReleasesEveryPageBody()
    {
        // Given a site whose feeds carry only the newest briefing (feed_items: 1), and both bodies rendered for their pages
        using var site = TestSite.Create(TwoBriefings);
        var model = SiteLoader.Load(site.Root, new LoadOptions()).Model!;
        var bodies = new LazyBodies(model, new MarkdownRenderer(model.Config.BasePath));
        var catalog = FeedCatalog.Plan(model);
        var content = new FeedContent(model, new SiteUrls(model.Config), bodies, catalog.Site.Items) { RssFeeds = catalog.RssFeeds };
        var one = model.Articles.Single(a => a.Slug == "one");
        var two = model.Articles.Single(a => a.Slug == "two");
        _ = bodies[model.PositionOf(one)];
        _ = bodies[model.PositionOf(two)];

        // When their pages are written
        content.PageWritten(one, RssFeedWriter.Item);
        content.PageWritten(two, RssFeedWriter.Item);

        // Then the carried briefing's RSS item exists, the other's was never built, and neither body is kept
        Assert.True(content.HasItem(model.PositionOf(two)));
        Assert.False(content.HasItem(model.PositionOf(one)));
        Assert.Equal(2, bodies.Rendered);
        _ = bodies[model.PositionOf(one)];
        _ = bodies[model.PositionOf(two)];
        Assert.Equal(4, bodies.Rendered);
    }

    [Fact]
    public void AFullBuild_RendersEachBodyOnce_ThoughPagesReleaseThem()
    {
        // Given a site whose feeds carry some briefings and not others
        using var site = TestSite.Create(TwoBriefings);

        // When it is built from nothing
        var run = site.Build("--timings");

        // Then each body was rendered once: the feeds found the items the pages built, and asked for no released body
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("feeds, 2 briefing bodies", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void SpilledItems_LeaveTheHeap_AndFeedsCopyTheBytesTheyWouldHaveKept()
    {
        // Given a fresh build's feed content whose items go to a spill file, and one that keeps them in memory
        using var site = TestSite.Create(TwoBriefings);
        var model = SiteLoader.Load(site.Root, new LoadOptions()).Model!;
        var catalog = FeedCatalog.Plan(model);
        FeedContent Content(FeedItemSpill? spill) =>
            new(model, new SiteUrls(model.Config), new LazyBodies(model, new MarkdownRenderer(model.Config.BasePath)), catalog.Site.Items)
            {
                RssFeeds = catalog.RssFeeds, Spill = spill,
            };
        using var spill = FeedItemSpill.Beside(Path.Combine(site.Root, "public"));
        var spilled = Content(spill);
        var kept = Content(null);
        var two = model.Articles.Single(a => a.Slug == "two");

        // When the carried briefing's page is written, and eight feeds copy its item at once
        spilled.PageWritten(two, RssFeedWriter.Item);
        var copies = new byte[8][];
        Parallel.For(0, copies.Length, i =>
        {
            using var stream = new MemoryStream();
            spilled.CopyRssItem(stream, two, _ => throw new InvalidOperationException("built twice"));
            copies[i] = stream.ToArray();
        });

        // Then its bytes are not held in memory, and every copy is the item the in-memory content builds
        Assert.False(spilled.HasItem(model.PositionOf(two)));
        var expected = RssFeedWriter.Item(kept, two);
        Assert.Contains("<item>", System.Text.Encoding.UTF8.GetString(expected), StringComparison.Ordinal);
        Assert.All(copies, c => Assert.Equal(expected, c));
    }

    [Fact]
    public void AFreshBuild_RemovesItsFeedItemFile()
    {
        // Given a site built from nothing (its RSS items spilled beside the output)
        using var site = TestSite.Create(TwoBriefings);

        // When the build ends
        var run = site.Build();

        // Then nothing of the spill is left beside the output
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Empty(Directory.GetFiles(site.Root, "*feed-items*", SearchOption.AllDirectories));
    }
}
