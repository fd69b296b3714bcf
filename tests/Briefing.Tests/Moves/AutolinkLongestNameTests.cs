using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.Tests.Moves;

public sealed class AutolinkLongestNameTests
{
    [Fact]
    public void LongerNameOfAnAlreadyLinkedEntity_IsNotSplitIntoAShorterName()
    {
        // Given "Amazon Web Services" linked by hand, the text "Amazon Web Services" must not link "Amazon"
        var linker = new EntityLinker([("Amazon", Routes.Company("amazon")), ("Amazon Web Services", Routes.Company("aws"))]);
        var renderer = new MarkdownRenderer("/");

        var html = renderer.ToHtml("See [AWS](/companies/aws/). Amazon Web Services grew; Amazon did too.\n", linker);

        Assert.Contains("Amazon Web Services grew; <a href=\"/companies/amazon/\">Amazon</a> did too.", html, StringComparison.Ordinal);
    }
}
