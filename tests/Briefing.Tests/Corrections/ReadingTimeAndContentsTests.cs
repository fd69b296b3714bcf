using Briefing.Tests.Support;

namespace Briefing.Tests.Corrections;

/// <summary>Reading time and word count on briefings and cards; a table of contents with stable, unique heading ids.</summary>
public sealed class ReadingTimeAndContentsTests
{
    private static TestSite With(string body) => TestSite.Create($"""
        -- content/briefings/2025/x.md --
        ---
        title: "X"
        date: 2025-06-26
        summary: "S"
        ---
        {body}
        """);

    [Fact]
    public void WordCount_CountsTheTextReadersSee_NotMarkupLinkTargetsOrCode()
    {
        // Given a body of 13 words (2 + 5 + 1 + 1 + 4), with Markdown marks, a link target, an autolink, a list number and a code block
        using var site = With("""
            ## Two words

            One **two** [three four](https://example.com/a-very-long-url-with-many-words) five.

            1. six
            - seven <https://example.com/ignored>
            > eight nine — ten, eleven's

            ```
            code is not counted here at all
            ```
            """);

        // When it is built
        Assert.Equal(0, site.Build().ExitCode);

        // Then the page shows 13 words and one minute
        var page = Html.Load(site, "briefings/2025/x/index.html");
        Assert.Equal("1 min read (13 words)", page.QuerySelector(".dateline .reading-time")!.TextContent);
        Assert.Equal("1 min read", Html.Load(site, "index.html").QuerySelector(".card .reading-time")!.TextContent);
    }

    [Theory]
    [InlineData(0, "1 min read")]
    [InlineData(329, "1 min read")]
    [InlineData(330, "2 min read")]
    [InlineData(1100, "5 min read")]
    public void ReadingTime_IsWordsOver220_RoundedToTheNearestMinute_AtLeastOne(int words, string expected)
    {
        using var site = With(string.Join(' ', Enumerable.Repeat("word", words)));

        Assert.Equal(0, site.Build().ExitCode);

        Assert.StartsWith(expected, Html.Load(site, "briefings/2025/x/index.html").QuerySelector(".dateline .reading-time")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(expected, Html.Load(site, "index.html").QuerySelector(".card .reading-time")!.TextContent);
    }

    [Fact]
    public void ThreeSecondLevelHeadings_GetAContentsNav_LinkingToUniqueIds()
    {
        // Given three ## headings, two of them the same, and one named like an id the theme uses itself
        using var site = With("""
            ## What *happened*

            A.

            ### Not listed

            ## What happened

            B.

            ## Corrections

            C.
            """);

        Assert.Equal(0, site.Build().ExitCode);

        // Then a nav named Contents links to every h2's id, and the ids are unique on the page
        var page = Html.Load(site, "briefings/2025/x/index.html");
        var nav = page.QuerySelector("nav.toc")!;
        Assert.Equal("Contents", page.GetElementById(nav.GetAttribute("aria-labelledby")!)!.TextContent);
        var links = nav.QuerySelectorAll("a");
        Assert.Equal(["What happened", "What happened", "Corrections"], links.Select(a => a.TextContent));
        Assert.Equal(["#what-happened", "#what-happened-1", "#corrections-section"], links.Select(a => a.GetAttribute("href")!));
        Assert.All(links, a => Assert.Single(page.QuerySelectorAll($"[id='{a.GetAttribute("href")![1..]}']")));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void ReservedIdRenamed_StaysUnique_WhenTheBodyAlreadyHasThatName()
    {
        using var site = With("## Main\n\nA.\n\n## Main section\n\nB.\n\n## Third\n\nC.\n");

        Assert.Equal(0, site.Build().ExitCode);

        var hrefs = Html.Load(site, "briefings/2025/x/index.html").QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!);
        Assert.Equal(["#main-section-1", "#main-section", "#third"], hrefs);
    }

    [Fact]
    public void TwoHeadings_GetNoContents()
    {
        using var site = With("## One\n\nA.\n\n## Two\n\nB.\n");

        Assert.Equal(0, site.Build().ExitCode);

        Assert.Null(Html.Load(site, "briefings/2025/x/index.html").QuerySelector("nav.toc"));
    }
}
