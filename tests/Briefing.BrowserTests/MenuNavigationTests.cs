using Briefing.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.BrowserTests;

/// <summary>A reader reaches the standalone pages through the header and footer menus, which mark the page they are on.</summary>
[Collection(SharedSites.Name)]
public sealed class MenuNavigationTests(SiteFixture sites)
{
    [Fact]
    public async Task Reader_OpensAboutFromTheMainMenu_AndTheMenusMarkIt()
    {
        var site = sites.Fixture;
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        using var problems = PageProblems.Watch(page);

        // Home → About, by the header menu
        await page.GotoAsync(site.BaseUrl);
        var main = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await main.GetByRole(AriaRole.Link, new() { Name = "About", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("about/"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("About the Fixture desk & its <briefings>");

        // The header's and the footer's About links say they are the current page
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "About", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        var footer = page.GetByRole(AriaRole.Navigation, new() { Name = "Footer" });
        await Expect(footer.GetByRole(AriaRole.Link, new() { Name = "About", Exact = true })).ToHaveAttributeAsync("aria-current", "page");

        // About → Talent moves, by the footer menu (a site.yml entry)
        await footer.GetByRole(AriaRole.Link, new() { Name = "Talent moves", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("moves/"));

        problems.AssertNone("the walk through the menus");
    }
}
