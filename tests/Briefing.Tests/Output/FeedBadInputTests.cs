using System.Xml.Linq;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>Characters XML forbids never reach a feed; CDATA terminators and markup in bodies survive every format.</summary>
public sealed class FeedBadInputTests : IDisposable
{
    private readonly TestSite _site;

    public FeedBadInputTests()
    {
        // Given a body with control characters, a noncharacter, a CDATA terminator, an emoji and a root-relative image
        _site = TestSite.Create("""
            -- content/companies/acme.yml --
            name: "Acme & Søns <Ltd>"
            -- content/briefings/2025/x.md --
            ---
            title: "Ünïcödé & <b>bold</b> \"quoted\" 🚀"
            date: 2025-06-26T09:00:00-03:30
            summary: "S & <i>"
            companies: [acme]
            ---
            Bell:BEL here, vertical tab:VT there, noncharacter:NONCHAR gone.

            A CDATA end ]]> in text, and `code with ]]> and <tags>`.

            ![logo](/img/logo.png) and [home](/) and [protocol-relative](//cdn.example.com/x) 🚀.
            """.Replace("BEL", "\u0007", StringComparison.Ordinal).Replace("VT", "\u000B", StringComparison.Ordinal)
            .Replace("NONCHAR", "\uFFFE", StringComparison.Ordinal));
        var run = _site.Build();
        Assert.True(run.ExitCode == 0, run.Stderr);
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    [InlineData("companies/acme/feed.xml")]
    public void XmlFeeds_Parse_WithoutForbiddenCharacters_AndKeepTheRestExactly(string path)
    {
        // When the feed is read by a strict parser
        var item = Feeds.Syndication(_site, path).Items.Single();
        var raw = _site.ReadOutput(path);

        // Then it parses, the forbidden characters are gone and everything else round-trips
        Assert.Equal("Ünïcödé & <b>bold</b> \"quoted\" 🚀", item.Title.Text);
        Assert.Equal("S & <i>", path == "atom.xml" ? item.Summary.Text : Feeds.TextOfHtml(item.Summary.Text)); // RSS description is HTML
        Assert.DoesNotContain('\u0007', raw);
        Assert.DoesNotContain('\u000B', raw);
        Assert.DoesNotContain('\uFFFE', raw);
        Assert.Contains("Bell: here", raw, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2025, 6, 26, 9, 0, 0, new TimeSpan(-3, -30, 0)), item.PublishDate);
    }

    [Fact]
    public void RssContent_KeepsCdataTerminatorsAndMarkup_AndMakesLinksAbsolute()
    {
        var content = Feeds.Xml(_site, "feed.xml").Descendants(Feeds.Content + "encoded").Single().Value;

        Assert.Contains("A CDATA end ]]&gt; in text", content, StringComparison.Ordinal);
        Assert.Contains("<code>code with ]]&gt; and &lt;tags&gt;</code>", content, StringComparison.Ordinal);
        Assert.Contains("src=\"https://example.org/img/logo.png\"", content, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/\"", content, StringComparison.Ordinal);
        Assert.Contains("href=\"//cdn.example.com/x\"", content, StringComparison.Ordinal);
        Assert.Contains("🚀", content, StringComparison.Ordinal);
    }

    [Fact]
    public void AtomAndJsonContent_EqualTheRssContent()
    {
        var rss = Feeds.Xml(_site, "feed.xml").Descendants(Feeds.Content + "encoded").Single().Value;
        var atom = Feeds.Xml(_site, "atom.xml").Descendants(Feeds.Atom + "content").Single().Value;
        using var json = Feeds.Json(_site, "feed.json");

        Assert.Equal(rss, atom);
        Assert.Equal(rss, json.RootElement.GetProperty("items")[0].GetProperty("content_html").GetString());
    }

    [Fact]
    public void RegistryNamesWithMarkup_RoundTripAsCategoriesTagsAndOpmlText()
    {
        const string name = "Acme & Søns <Ltd>";
        using var json = Feeds.Json(_site, "feed.json");

        Assert.Contains(name, Feeds.Xml(_site, "feed.xml").Descendants("category").Select(c => c.Value));
        Assert.Contains(Feeds.Syndication(_site, "atom.xml").Items.Single().Categories, c => c.Label == name);
        Assert.Contains(name, json.RootElement.GetProperty("items")[0].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Acme & Søns <Ltd> – Test Briefing", Feeds.Syndication(_site, "companies/acme/feed.xml").Title.Text);
        Assert.Contains(Feeds.Xml(_site, "feeds.opml").Descendants("outline"), o => (string?)o.Attribute("text") == name);
    }

    [Fact]
    public void EmptySite_StillWritesValidFeeds()
    {
        // Given a site with no briefings at all
        using var site = TestSite.Create("""
            -- content/companies/acme.yml --
            name: Acme
            """);
        Assert.Equal(0, site.Build().ExitCode);

        // Then every feed parses and is empty; Atom still has its required updated date
        Assert.Empty(Feeds.Syndication(site, "feed.xml").Items);
        Assert.Empty(Feeds.Syndication(site, "atom.xml").Items);
        Assert.Empty(Feeds.Syndication(site, "companies/acme/feed.xml").Items);
        Assert.NotNull(Feeds.Xml(site, "atom.xml").Root!.Element(Feeds.Atom + "updated"));
        using var json = Feeds.Json(site, "feed.json");
        Assert.Equal(0, json.RootElement.GetProperty("items").GetArrayLength());
        Assert.Single(XDocument.Load(Path.Combine(site.Output, "feeds.opml")).Descendants("outline"), o => (string?)o.Attribute("type") == "rss"
            && !((string?)o.Attribute("xmlUrl"))!.EndsWith("/corrections/feed.xml", StringComparison.Ordinal)); // the corrections feed is listed, empty, too
    }
}
