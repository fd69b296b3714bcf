using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>axe finds nothing on any page kind, in the light and the dark colour scheme (their contrasts differ).</summary>
[Collection(SharedSites.Name)]
public sealed class AccessibilityTests(SiteFixture sites)
{
    public static TheoryData<string, string> PageKinds => Support.PageKinds.All();

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task EveryPageKind_HasNoAxeViolations_InLightAndDarkSchemes(string site, string kind)
    {
        // Given a page of this kind in the light colour scheme
        var built = sites.Site(site);
        var url = built.Url(built.PathOf(kind));
        var page = await sites.ReaderPageAsync();
        await page.GotoAsync(url);

        // When axe checks it with every rule, then again in the dark scheme (the DOM is the same; the colours are not)
        var light = await Axe.ViolationsAsync(page);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        var dark = await Axe.ViolationsAsync(page);

        // Then neither has a violation
        var all = light.Select(v => "light: " + v).Concat(dark.Select(v => "dark: " + v)).ToArray();
        Assert.True(all.Length == 0, $"{site} {kind} ({url}):\n" + string.Join('\n', all));
    }
}
