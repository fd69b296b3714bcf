using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Briefing.Tests.Support;

/// <summary>Parses generated pages with AngleSharp.</summary>
public static class Html
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static IDocument Load(TestSite site, string relativePath) => Parse(site.ReadOutput(relativePath));
}
