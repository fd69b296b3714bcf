using Briefing.BrowserTests.Support;

namespace Briefing.BrowserTests;

/// <summary>No page scrolls sideways on a phone or a desktop; a full-page screenshot of each is kept for people to look at.</summary>
[Collection(SharedSites.Name)]
public sealed class LayoutTests(SiteFixture sites)
{
    /// <summary>The elements whose right edge passes the viewport's (the culprits when a page scrolls sideways).</summary>
    private const string Overflowing = """
        () => [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > innerWidth + 0.5 && getComputedStyle(e).position !== 'fixed')
          .filter(e => !e.closest('.table-scroll') || e.classList.contains('table-scroll'))
          .slice(0, 8)
          .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')
                    + ' right=' + Math.round(e.getBoundingClientRect().right))
        """;

    public static TheoryData<string, string> PageKinds => Support.PageKinds.All();

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task EveryPageKind_HasNoHorizontalScroll_OnMobileAndDesktop(string site, string kind)
    {
        var built = sites.Site(site);
        var url = built.Url(built.PathOf(kind));
        var screenshots = Artifacts.Folder("screenshots");
        var page = await sites.ReaderPageAsync();
        var failures = new List<string>();

        foreach (var (width, height) in new[] { (375, 812), (1280, 800) })
        {
            // Given a viewport this wide
            await page.SetViewportSizeAsync(width, height);

            // When the page is opened
            await page.GotoAsync(url);

            // Then nothing is wider than the viewport
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var innerWidth = await page.EvaluateAsync<int>("() => innerWidth");
            if (scrollWidth > innerWidth)
            {
                var culprits = await page.EvaluateAsync<string[]>(Overflowing);
                failures.Add($"{width}px: scrollWidth {scrollWidth} > innerWidth {innerWidth}; too wide: {string.Join(", ", culprits)}");
            }

            await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, $"{site}-{kind}-{width}.png"), FullPage = true });
        }

        Assert.True(failures.Count == 0, $"{site} {kind} ({url}) scrolls sideways:\n" + string.Join('\n', failures));
    }
}
