using Briefing.Rendering;
using Briefing.Tests.Support;

namespace Briefing.Tests.Moves;

/// <summary>Autolinking the first mention of registry names in a body, on the Markdig syntax tree.</summary>
public sealed class EntityLinkerTests
{
    private static readonly EntityLinker Linker = new([
        ("Amazon Web Services", "/companies/aws/"), ("AWS", "/companies/aws/"), ("Amazon", "/companies/amazon/"),
        ("Vasi Philomin", "/people/vasi-philomin/"),
    ]);

    private static (string Text, string Href)[] Links(string markdown, string basePath = "/") =>
        Html.Parse(new MarkdownRenderer(basePath).ToHtml(markdown, Linker)).QuerySelectorAll("a")
            .Select(a => (a.TextContent, a.GetAttribute("href")!)).ToArray();

    [Fact]
    public void FirstMention_IsLinked_LaterMentionsAreNot()
    {
        Assert.Equal([("AWS", "/companies/aws/"), ("Vasi Philomin", "/people/vasi-philomin/")],
            Links("AWS lost Vasi Philomin. AWS said Vasi Philomin left."));
    }

    [Fact]
    public void AliasInsideAnotherWord_IsNotLinked()
    {
        Assert.Equal([("AWS", "/companies/aws/")], Links("AWSome news: the AWS team and MyAWS.", "/"));
        Assert.Empty(Links("AWSome, AWS_x and xAWS."));
    }

    [Fact]
    public void NameInsideALink_IsLeftAlone_AndTheNextMentionIsLinked()
    {
        Assert.Equal([("AWS news", "https://example.com/"), ("AWS", "/companies/aws/")],
            Links("Read [AWS news](https://example.com/). Then AWS replied."));
    }

    [Fact]
    public void EntityTheEditorLinkedByHand_IsNotLinkedAgain()
    {
        Assert.Equal([("the AWS page", "/companies/aws/"), ("Amazon", "/companies/amazon/")],
            Links("AWS grew; see [the AWS page](/companies/aws/). Amazon too."));
    }

    [Fact]
    public void NameInAHeadingOrCode_IsNotLinked()
    {
        var html = new MarkdownRenderer("/").ToHtml("## AWS changes\n\nRun `AWS` or\n\n    AWS code\n\nthen AWS.", Linker);
        var doc = Html.Parse(html);

        Assert.Empty(doc.QuerySelectorAll("h2 a"));
        Assert.Empty(doc.QuerySelectorAll("code a"));
        Assert.Equal("/companies/aws/", doc.QuerySelector("p:last-child a")!.GetAttribute("href"));
    }

    [Fact]
    public void Matching_IsCaseSensitive_AndPrefersTheLongestName()
    {
        Assert.Empty(Links("aws and amazon are lowercase."));
        Assert.Equal([("Amazon Web Services", "/companies/aws/"), ("Amazon", "/companies/amazon/")],
            Links("Amazon Web Services, part of Amazon."));
    }

    [Fact]
    public void Links_CarryTheSiteBasePath()
    {
        Assert.Equal([("Amazon", "/news/companies/amazon/")], Links("Amazon said.", "/news/"));
    }
}
