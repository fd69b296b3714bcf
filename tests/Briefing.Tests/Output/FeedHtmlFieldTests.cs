using System.Xml.Linq;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>
/// Feed fields that readers parse as HTML (RSS <c>description</c>) hold plain text HTML-escaped, so markup-like text reads as
/// written and never runs; fields that are plain text (Atom <c>type="text"</c>, JSON Feed <c>summary</c>) stay as written.
/// </summary>
public sealed class FeedHtmlFieldTests : IDisposable
{
    private const string Summary = "a < b <img src=x onerror=alert(1)> <3 & \"q\"";
    private const string SiteDescription = "Site <b>news</b> & <script>alert(2)</script> notes";
    private const string CompanyDescription = "Acme <i>makes</i> things & <img src=y onerror=alert(3)>";

    private readonly TestSite _site;

    public FeedHtmlFieldTests()
    {
        // Given a summary, a site description, a company description and a move's role that look like markup
        _site = TestSite.Create("""
            -- content/site.yml --
            title: Test Briefing
            base_url: https://example.org/
            description: 'Site <b>news</b> & <script>alert(2)</script> notes'
            language: en
            -- content/companies/acme.yml --
            name: Acme
            description: 'Acme <i>makes</i> things & <img src=y onerror=alert(3)>'
            -- content/companies/initech.yml --
            name: Initech
            -- content/people/jane-doe.yml --
            name: Jane Doe
            -- content/briefings/2025/x.md --
            ---
            title: "X"
            date: 2025-06-26
            summary: 'a < b <img src=x onerror=alert(1)> <3 & "q"'
            companies: [acme, initech]
            people: [jane-doe]
            sources: [{name: Reuters}]
            moves:
              - person: jane-doe
                from: acme
                to: initech
                role: '<b>Chief</b> & <img src=z onerror=alert(4)>'
                kind: hire
                date: 2025-06-20
            ---
            Body.
            """);
        var run = _site.Build();
        Assert.True(run.ExitCode == 0, run.Stderr);
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("companies/acme/feed.xml")]
    [InlineData("people/jane-doe/feed.xml")]
    public void RssItemDescription_IsTheSummaryAsText_WithNoMarkup(string feed)
    {
        // When the feed is read by a strict parser and its item's description parsed as HTML, as readers do
        var item = Feeds.Syndication(_site, feed).Items.Single();

        // Then the description shows exactly the summary, and no element came out of it
        Assert.Equal(Summary, Feeds.TextOfHtml(item.Summary.Text));
    }

    [Theory]
    [InlineData("feed.xml", SiteDescription)]
    [InlineData("companies/acme/feed.xml", CompanyDescription)]
    public void RssChannelDescription_IsTheDescriptionAsText_WithNoMarkup(string feed, string description)
    {
        // When the channel's description is parsed as HTML
        var text = Feeds.Syndication(_site, feed).Description.Text;

        // Then it shows exactly the description of site.yml or of the registry entry
        Assert.Equal(description, Feeds.TextOfHtml(text));
    }

    [Fact]
    public void MovesFeedDescriptions_AreTextWithNoMarkup()
    {
        // When the moves feed is read and its descriptions parsed as HTML
        var feed = Feeds.Syndication(_site, "moves/feed.xml");

        // Then the move's role reads as written, and the channel description has no markup either
        Assert.Equal("<b>Chief</b> & <img src=z onerror=alert(4)>. Reported in: X.", Feeds.TextOfHtml(feed.Items.Single().Summary.Text));
        Assert.DoesNotContain('<', Feeds.TextOfHtml(feed.Description.Text));
    }

    [Fact]
    public void PlainTextFields_KeepTheSummaryAsWritten()
    {
        // When the Atom summary (type="text") and the JSON Feed summary (plain text by the spec) are read
        var atom = Feeds.Syndication(_site, "atom.xml");
        using var json = Feeds.Json(_site, "feed.json");

        // Then they are the summary itself, not escaped twice
        Assert.Equal("text", Feeds.Xml(_site, "atom.xml").Descendants(Feeds.Atom + "summary").Single().Attribute("type")!.Value);
        Assert.Equal(Summary, atom.Items.Single().Summary.Text);
        Assert.Equal(SiteDescription, atom.Description.Text);
        Assert.Equal(Summary, json.RootElement.GetProperty("items")[0].GetProperty("summary").GetString());
        Assert.Equal(SiteDescription, json.RootElement.GetProperty("description").GetString());
    }

    [Fact]
    public void RssDescription_IsEscapedOnceForHtml_ThenForXml()
    {
        // When the raw item description is read (XML-decoded once)
        var description = Feeds.Xml(_site, "feed.xml").Descendants("item").Single().Element("description")!.Value;

        // Then it is the summary HTML-escaped
        Assert.Equal("a &lt; b &lt;img src=x onerror=alert(1)&gt; &lt;3 &amp; &quot;q&quot;", description);
    }
}
