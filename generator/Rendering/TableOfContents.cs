using System.Net;
using System.Text.RegularExpressions;
using Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>
/// A briefing's table of contents, read from its rendered body (the same HTML the page shows, so the links always
/// match the ids on the page): its <c>h2</c> headings, when there are at least <see cref="MinimumHeadings"/>.
/// </summary>
public static partial class TableOfContents
{
    /// <summary>Fewer sections than this are read without a map.</summary>
    public const int MinimumHeadings = 3;

    private static readonly IReadOnlyList<ContentsEntryView> None = [];

    public static IReadOnlyList<ContentsEntryView> Of(string bodyHtml)
    {
        if (bodyHtml.Length == 0 || !bodyHtml.Contains("<h2 id=\"", StringComparison.Ordinal))
        {
            return None;
        }

        var entries = new List<ContentsEntryView>();
        foreach (Match match in Heading().Matches(bodyHtml))
        {
            var text = WebUtility.HtmlDecode(Tag().Replace(match.Groups["text"].Value, string.Empty)).Trim();
            entries.Add(new ContentsEntryView(text.Length > 0 ? text : "Section", WebUtility.HtmlDecode(match.Groups["id"].Value)));
        }

        return entries.Count >= MinimumHeadings ? entries : None;
    }

    // Markdig writes a heading as <h2 id="…">inline HTML</h2> on one line; its id attribute is the only one.
    [GeneratedRegex("<h2 id=\"(?<id>[^\"]*)\">(?<text>.*?)</h2>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
