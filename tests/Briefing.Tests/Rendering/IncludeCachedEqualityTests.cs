using System.Text.RegularExpressions;
using Briefing.Tests.Support;

namespace Briefing.Tests.Rendering;

/// <summary>
/// The theme's <c>include_cached</c> calls (the header, the footer, briefing cards, the cells of move rows, a briefing's breadcrumbs)
/// reuse one page's fragment on others:
/// their keys must name everything the fragment reads, or a page shows another page's current link or card.
/// </summary>
public sealed partial class IncludeCachedEqualityTests(BuiltFixture cached) : IClassFixture<BuiltFixture>
{
    [Fact]
    public void EveryPageOfTheFixtureSite_IsTheSame_WhenEveryIncludeCachedRendersItsPartialAgain()
    {
        // Given the fixture site built with the theme as it is, and again with every include_cached turned into include
        using var uncached = TestSite.CopyOf(RepoPaths.FixtureSite);
        var theme = Path.Combine(uncached.Root, "themes", "briefing");
        var rewritten = 0;
        foreach (var file in Directory.GetFiles(theme, "*.html", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var plain = IncludeCached().Replace(text, m => { rewritten++; return $"include {m.Groups[1].Value} "; });
            File.WriteAllText(file, plain);
        }

        Assert.True(rewritten >= 5, "the theme's header, footer, cards, move cells and breadcrumbs use include_cached");
        var run = uncached.Build();
        Assert.True(run.ExitCode == 0, run.Stderr);

        // Then every page has the same bytes, whatever page rendered a shared fragment first
        var pages = Directory.GetFiles(cached.Site.Output, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(cached.Site.Output, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Contains("index.html", pages);
        Assert.Contains("moves/index.html", pages); // a footer-menu page: its own footer
        Assert.Contains("companies/index.html", pages); // an index: its own header
        Assert.Contains("<td class=\"move-reports\">", cached.Site.ReadOutput("companies/amazon/index.html")); // a row with reports
        Assert.Contains("class=\"breadcrumbs\"", cached.Site.ReadOutput("briefings/2025/vasi-philomin-leaves-aws/index.html"));
        foreach (var page in pages)
        {
            Assert.True(uncached.OutputExists(page), $"{page} is missing without include_cached");
            Assert.True(cached.Site.ReadOutput(page) == uncached.ReadOutput(page), $"{page} differs when include_cached renders every time");
        }
    }

    /// <summary><c>include_cached 'name' key…</c> up to the end of its tag; group 1 the partial's name, group 2 its keys.</summary>
    [GeneratedRegex(@"include_cached ('[^']+')([^}~]*)")]
    private static partial Regex IncludeCached();
}
