using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Briefing.Tests.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>An edition's email as email clients need it, and its plain-text alternative.</summary>
public sealed partial class DigestEmailTests : IDisposable
{
    private const string Email = "digest/2025-W26/email.html";
    private readonly TestSite _site = TestSite.Create(DigestSite.Files);
    private readonly IDocument _email;

    public DigestEmailTests()
    {
        var run = _site.Cli("build");
        Assert.True(run.ExitCode == 0, run.Stderr);
        _email = Html.Load(_site, Email);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Email_HasNoScriptNoStylesheetLinkAndNoWebFont()
    {
        Assert.Empty(_email.QuerySelectorAll("script"));
        Assert.Empty(_email.QuerySelectorAll("link"));
        Assert.DoesNotContain("@font-face", _email.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", _email.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_StylesAreInline_OnlyMediaQueriesStayInAStyleElement()
    {
        Assert.NotEmpty(_email.QuerySelectorAll("td[style*='padding']"));
        var styles = _email.QuerySelectorAll("style").Select(s => s.TextContent).ToArray();
        Assert.All(styles, css => Assert.Matches(@"^\s*(@media[^{]*\{(?:[^{}]*\{[^{}]*\})*\s*\}\s*)+$", css));
        Assert.Contains(styles, css => css.Contains("prefers-color-scheme: dark", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryLinkAndImage_IsAbsolute_ExceptTheUnsubscribePlaceholder()
    {
        var urls = _email.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!)
            .Concat(_email.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!)).ToArray();
        Assert.NotEmpty(urls);
        Assert.Equal(["{{ unsubscribe_url }}"], urls.Where(u => !u.StartsWith("https://", StringComparison.Ordinal)));
        Assert.Contains("https://example.org/news/moves/", urls); // the intro's Markdown link, under the base path
    }

    [Fact]
    public void EveryImage_HasWidthHeightAndAlt()
    {
        var images = _email.QuerySelectorAll("img");
        Assert.NotEmpty(images);
        Assert.All(images, img =>
        {
            Assert.Matches("^[0-9]+$", img.GetAttribute("width") ?? string.Empty);
            Assert.Matches("^[0-9]+$", img.GetAttribute("height") ?? string.Empty);
            Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt")));
        });
    }

    [Fact]
    public void TheWidestTable_IsAtMost600Pixels()
    {
        var widths = _email.QuerySelectorAll("table").Select(t => t.GetAttribute("width") ?? "100%").ToArray();
        Assert.All(widths, w => Assert.True(w == "100%" || int.Parse(w, CultureInfo.InvariantCulture) <= 600, w));
        var container = _email.QuerySelector("table.container")!;
        Assert.Equal("600", container.GetAttribute("width"));
        Assert.Contains("max-width: 600px", container.GetAttribute("style"), StringComparison.Ordinal);
        Assert.All(_email.QuerySelectorAll("table[width='100%'] table, table.container table"),
            t => Assert.NotNull(t.Closest("table.container"))); // every full-width table sits inside the 600 px one (or is the outer frame)
    }

    [Fact]
    public void HasAHiddenPreheader_AndTheUnsubscribePlaceholder()
    {
        var preheader = _email.QuerySelector(".preheader")!;
        Assert.Contains("display:none", preheader.GetAttribute("style")!.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith("2 briefings and 2 talent moves from 23–29 June 2025: ", preheader.TextContent, StringComparison.Ordinal);
        Assert.Contains(_email.QuerySelectorAll("a"), a => a.GetAttribute("href") == "{{ unsubscribe_url }}" && a.TextContent == "Unsubscribe");
    }

    [Fact]
    public void EveryInlineTextColour_MeetsWcagAAContrastOnItsBackground()
    {
        var checkedElements = 0;
        foreach (var element in _email.Body!.QuerySelectorAll("[style*='color']").Prepend(_email.Body))
        {
            if (Declaration(element, "color") is not { } colour || element.Closest(".preheader") is not null)
            {
                continue;
            }

            var background = AncestorsAndSelf(element).Select(e => Declaration(e, "background-color")).FirstOrDefault(b => b is not null) ?? "#ffffff";
            var ratio = Contrast(colour, background);
            Assert.True(ratio >= 4.5, $"{colour} on {background}: {ratio:F2} in <{element.LocalName} class=\"{element.ClassName}\">");
            checkedElements++;
        }

        Assert.True(checkedElements > 10);
    }

    [Fact]
    public void PlainText_HoldsEveryLinkOfTheHtml_AndNoMarkup()
    {
        var text = _site.ReadOutput("digest/2025-W26/email.txt");
        var links = _email.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Distinct().ToArray();
        Assert.True(links.Length > 10);
        Assert.All(links, href => Assert.Contains($"<{href}>", text, StringComparison.Ordinal));
        Assert.DoesNotContain("<td", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Not ready", text, StringComparison.Ordinal);
        Assert.Contains("Meta poaches three OpenAI researchers <https://example.org/news/briefings/2025/poach/>", text, StringComparison.Ordinal);
    }

    private static IEnumerable<IElement> AncestorsAndSelf(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            yield return e;
        }
    }

    private static string? Declaration(IElement element, string property)
    {
        var style = element.GetAttribute("style");
        var match = style is null ? Match.Empty : Regex.Match(style, $@"(?:^|;)\s*{Regex.Escape(property)}\s*:\s*(#[0-9a-fA-F]{{6}})");
        return match.Success ? match.Groups[1].Value : null;
    }

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
