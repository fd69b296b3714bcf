using Briefing.Content;
using Briefing.Model;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Tests.Content;

/// <summary>
/// The text test that lets most bodies skip the Markdown parse of the unsafe-link check (BRF039): it may send a safe
/// body to the parser, never an unsafe one past it.
/// </summary>
public sealed class UnsafeLinkPrefilterTests
{
    private static readonly string[] Fragments =
    [
        "[a](", "](", ")", "(", "[", "]", "![", "<", ">", ":", " ", "  ", "\n", "\t", "\\", "x", "Why it matters", "**Reports to**",
        "javascript", "JavaScript", "java", "script", "vbscript", "data", "file", "http", "https", "HTTPS", "mailto", "//x.com/a",
        "[r]", "[r]:", "[r]: ", "\"t\"", "`", "-", ".", "+", "1", "10:30", "é", "\u007F", "&#58;", "&colon;", "&#106;", "R&D", "&", "#", ";", "x3A", "&#x3A;", "?utm=a&ref=7", "&amp;", "&#X6A;",
    ];

    [Fact]
    public void Prefilter_NeverPassesABodyWhoseParseFindsAnUnsafeLink()
    {
        // Given many bodies stitched from the fragments links, schemes and prose are made of (seeded: the same every run)
        var random = new Random(18);
        var skipped = 0;
        for (var n = 0; n < 60_000; n++)
        {
            var body = string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => Fragments[random.Next(Fragments.Length)]));

            // When the prefilter says a body cannot hold an unsafe link
            if (!UnsafeLinks.CannotHoldUnsafeLink(body))
            {
                continue;
            }

            // Then Markdown finds no link or image with a refused scheme in it
            skipped++;
            Assert.True(UnsafeUrls(body).Count == 0, $"the prefilter passed an unsafe body: {body.Replace("\n", "\\n", StringComparison.Ordinal)}");
        }

        Assert.True(skipped > 10_000, $"only {skipped} bodies skipped the parse");
    }

    [Theory]
    [InlineData("**Reports to**: Malik Rossi\n\nFirst published by [CNBC](https://www.cnbc.com/a/). More on [its site](HTTP://x.io) or <mailto:a@b.c>.")]
    [InlineData("Read [the filing](https://example.com/a?utm=briefing&ref=76). R&D grew.")]
    [InlineData("## Why it matters: the [team](/companies/argent/) moved at 10:30.")]
    public void Prefilter_SkipsTheParse_ForBodiesWithOnlySafeSchemesAndProseColons(string body)
    {
        Assert.Empty(UnsafeUrls(body));
        Assert.True(UnsafeLinks.CannotHoldUnsafeLink(body));
    }

    [Theory]
    [InlineData("[a](javascript:alert(1))")]
    [InlineData("[a]( \n data:text/html,x)")]
    [InlineData("<vbscript:x>")]
    [InlineData("[a](<java script:x>)")]
    [InlineData("[r]\n\n[r]:\n  file:///etc/passwd")]
    [InlineData("[a](javascript\\:x)")]
    [InlineData("[a](&#106;avascript:x)")]
    [InlineData("[a](javascript&#58;x) and [b](https://x.io/?a=1&b=2)")]
    public void Prefilter_SendsUnsafeBodiesToTheParser(string body)
    {
        Assert.NotEmpty(UnsafeUrls(body));
        Assert.False(UnsafeLinks.CannotHoldUnsafeLink(body));
    }

    /// <summary>What the check's parse finds, without the prefilter.</summary>
    private static List<string> UnsafeUrls(string body) =>
        Markdown.Parse(body, UnsafeLinks.Pipeline).Descendants<Inline>()
            .Select(inline => inline switch
            {
                LinkInline link => link.Url,
                AutolinkInline { IsEmail: false } autolink => autolink.Url,
                _ => null,
            })
            .Where(url => LinkSafety.UnsafeScheme(url) is not null)
            .Select(url => url!)
            .ToList();
}
