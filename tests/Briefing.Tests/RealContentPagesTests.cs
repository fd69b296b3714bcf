using Briefing.Tests.Support;

namespace Briefing.Tests;

/// <summary>The real site's standalone pages: About, the corrections policy and Contact, reachable from its menus.</summary>
public sealed class RealContentPagesTests
{
    [Fact]
    public void RealSite_PublishesAboutCorrectionsPolicyAndContact_AboutInBothMenus_ContactInTheFooter()
    {
        // Given the real content and theme
        using var site = TestSite.Create(string.Empty, withTheme: false);
        TestSite.CopyDirectory(Path.Combine(RepoPaths.Root, "content"), Path.Combine(site.Root, "content"));
        TestSite.CopyDirectory(RepoPaths.Theme, Path.Combine(site.Root, "themes", "briefing"));

        // When it is built
        Assert.Equal(0, site.Build().ExitCode);

        // Then the three pages are published, About is an AboutPage and Contact a ContactPage
        Assert.Contains("\"@type\":\"AboutPage\"", site.ReadOutput("about/index.html"), StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"ContactPage\"", site.ReadOutput("contact/index.html"), StringComparison.Ordinal);
        Assert.True(site.OutputExists("corrections-policy/index.html"));

        // And the home page's header links About, its footer About and Contact; the corrections policy is linked from About
        var home = Html.Load(site, "index.html");
        Assert.Contains("About", home.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
        Assert.Equal(["About", "Contact"], home.QuerySelectorAll("nav.footer-menu a").Select(a => a.TextContent).ToArray());
        Assert.NotNull(Html.Load(site, "about/index.html").QuerySelector("main a[href='/corrections-policy/']"));
    }
}
