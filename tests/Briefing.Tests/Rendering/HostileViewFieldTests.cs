using AngleSharp.Dom;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Tests.Support;

namespace Briefing.Tests.Rendering;

/// <summary>
/// The real theme with hostile text in every string field of every view: whatever a field holds, it reaches the page
/// as text or as an attribute's value, never as an element or an attribute of its own.
/// </summary>
public sealed class HostileViewFieldTests
{
    private const string Hostile = "<script>x</script>\"'><img src=x onerror=alert(1)>&amp;";

    [Fact]
    public void EveryLayoutAndPartialOfTheTheme_IsCovered()
    {
        // Given the theme's files
        var layouts = Directory.GetFiles(Path.Combine(RepoPaths.Theme, "layouts"), "*.html").Select(Path.GetFileNameWithoutExtension);
        var partials = Directory.GetFiles(Path.Combine(RepoPaths.Theme, "partials"), "*.html").Select(Path.GetFileNameWithoutExtension);
        var sources = string.Concat(Directory.GetFiles(RepoPaths.Theme, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText));

        // Then every layout but _base (around every page) has a page view here, and every partial is included by one
        Assert.Equal(ThemeLayouts.Pages.Keys.Order(StringComparer.Ordinal), layouts.Where(l => l != "_base").Order(StringComparer.Ordinal));
        Assert.All(partials, p => Assert.Matches($"include(_cached)? '{p}'", sources));
    }

    [Theory]
    [MemberData(nameof(ThemeLayouts.WithAndWithoutOptionalFields), MemberType = typeof(ThemeLayouts))]
    public void HostileTextInEveryField_ReachesThePageAsTextOnly(string layout, bool full)
    {
        // Given views whose every string field is hostile, and the same views with plain text
        var hostile = new FakeViews(Hostile, full);
        var plain = new FakeViews("plain", full);

        // When the layout renders both
        var hostileDocument = Html.Parse(Render(layout, hostile));
        var plainDocument = Html.Parse(Render(layout, plain));

        // Then the hostile page has exactly the plain page's elements and attributes: nothing came from a field
        Assert.Equal(Shape(plainDocument), Shape(hostileDocument));
        Assert.Empty(hostileDocument.QuerySelectorAll("[onerror]"));
        Assert.Equal(plainDocument.QuerySelectorAll("img").Length, hostileDocument.QuerySelectorAll("img").Length); // the theme's own (the email's banner), no more
        Assert.All(hostileDocument.QuerySelectorAll("script"), s => Assert.DoesNotContain("[F", s.TextContent, StringComparison.Ordinal));

        // And every field the page shows is there whole, as text or an attribute's value, escaped exactly once
        var values = hostileDocument.Descendants<IText>().Select(t => t.Data)
            .Concat(hostileDocument.All.SelectMany(e => e.Attributes).Select(a => a.Value))
            .ToArray();
        var shown = hostile.Fields.Keys.Where(m => plainDocument.DocumentElement.OuterHtml.Contains(m, StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(shown);
        Assert.All(shown, marker => Assert.True(values.Any(v => v.Contains(hostile.TextOf(marker), StringComparison.Ordinal)),
            $"{hostile.Fields[marker]} ({marker}) is not on the page as text or an attribute value"));
    }

    private static string Render(string layout, FakeViews views)
    {
        var diagnostics = new List<Diagnostic>();
        using var templates = ThemeTemplates.Load(RepoPaths.Theme, "themes/briefing", diagnostics)!;
        Assert.Empty(diagnostics);
        return templates.RenderPageText(layout, ThemeLayouts.Globals(layout, views));
    }

    /// <summary>Every element in document order with its attributes' names: what markup, not text, made.</summary>
    private static string[] Shape(IDocument document) =>
        document.All.Select(e => e.LocalName + "(" + string.Join(" ", e.Attributes.Select(a => a.Name).Order(StringComparer.Ordinal)) + ")").ToArray();
}
