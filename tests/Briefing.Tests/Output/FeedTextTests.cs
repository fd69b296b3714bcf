using Briefing.Output;

namespace Briefing.Tests.Output;

/// <summary>The text helpers every feed writer relies on: forbidden-character removal and link absolutizing.</summary>
public sealed class FeedTextTests
{
    [Theory]
    [InlineData("plain text & <markup>", "plain text & <markup>")]
    [InlineData("tab\tnewline\ncr\r", "tab\tnewline\ncr\r")]
    [InlineData("a\u0000b\u0001c\u001Fd", "abcd")]
    [InlineData("x\uFFFEy\uFFFFz", "xyz")]
    [InlineData("emoji 🚀 kept", "emoji 🚀 kept")]
    [InlineData("José 智源 \u2028", "José 智源 \u2028")]
    [InlineData("private \uE000 and BOM \uFEFF kept, then \u0001 dropped", "private \uE000 and BOM \uFEFF kept, then  dropped")]
    [InlineData("🚀\u0002 then \uFFFF", "🚀 then ")]
    public void Clean_DropsOnlyWhatXmlForbids(string input, string expected)
    {
        Assert.Equal(expected, XmlText.Clean(input));
    }

    [Fact]
    public void Clean_DropsLoneSurrogates_AndKeepsPairs()
    {
        // Built in code: attribute arguments can't carry a lone surrogate.
        var text = "lone " + '\uD800' + " high, lone " + '\uDC00' + " low, pair " + "\uD83D\uDE80" + ", reversed " + '\uDE80' + '\uD83D';

        Assert.Equal("lone  high, lone  low, pair 🚀, reversed ", XmlText.Clean(text));
    }

    [Fact]
    public void Clean_ReturnsTheSameInstance_WhenNothingIsForbidden()
    {
        var text = "Nothing to drop here, not even in 🚀.";

        Assert.Same(text, XmlText.Clean(text));
    }

    [Theory]
    [InlineData("<a href=\"/news/a/\">a</a>", "<a href=\"https://example.org/news/a/\">a</a>")]
    [InlineData("<img src=\"/img/x.png\" alt=\"\">", "<img src=\"https://example.org/img/x.png\" alt=\"\">")]
    [InlineData("<a href=\"//cdn.example.com/x\">x</a>", "<a href=\"//cdn.example.com/x\">x</a>")]
    [InlineData("<a href=\"https://other.example/\">o</a>", "<a href=\"https://other.example/\">o</a>")]
    [InlineData("<a href=\"#top\">t</a> <a title=\"/x\">y</a>", "<a href=\"#top\">t</a> <a title=\"/x\">y</a>")]
    [InlineData("<p>x=\"/y\" as text is escaped: x=&quot;/y&quot;</p>", "<p>x=\"/y\" as text is escaped: x=&quot;/y&quot;</p>")]
    [InlineData("<a href=\"/a\">1</a><a href=\"/b\">2</a>", "<a href=\"https://example.org/a\">1</a><a href=\"https://example.org/b\">2</a>")]
    [InlineData("", "")]
    public void Absolutize_PrefixesRootRelativeHrefAndSrc_Only(string html, string expected)
    {
        Assert.Equal(expected, FeedContent.Absolutize(html, "https://example.org"));
    }
}
