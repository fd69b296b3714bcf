using Briefing.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.BrowserTests;

/// <summary>A reader clicks through the fixture site by the links' accessible names, as a screen-reader user would.</summary>
[Collection(SharedSites.Name)]
public sealed class NavigationTests(SiteFixture sites)
{
    private const string BriefingTitle = "AWS loses generative-AI chief Vasi Philomin";

    [Fact]
    public async Task Reader_FollowsBriefingCompanyPersonTagAndPagination_FromTheHomePage()
    {
        var site = sites.Fixture;
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();
        using var problems = PageProblems.Watch(page);

        // Home → a briefing
        await page.GotoAsync(site.BaseUrl);
        await Expect(Heading1(page)).ToHaveTextAsync("Latest briefings");
        await page.GetByRole(AriaRole.Link, new() { Name = BriefingTitle, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("briefings/2025/vasi-philomin-leaves-aws/"));
        await Expect(Heading1(page)).ToHaveTextAsync(BriefingTitle);

        // Briefing → its company
        await Chips(page, "Companies").GetByRole(AriaRole.Link, new() { Name = "Amazon Web Services" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("companies/aws/"));
        await Expect(Heading1(page)).ToHaveTextAsync("Amazon Web Services");

        // Company → the briefing again → a person
        await page.GetByRole(AriaRole.Link, new() { Name = BriefingTitle, Exact = true }).First.ClickAsync();
        await Chips(page, "People").GetByRole(AriaRole.Link, new() { Name = "Vasi Philomin" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("people/vasi-philomin/"));
        await Expect(Heading1(page)).ToHaveTextAsync("Vasi Philomin");

        // Back to the briefing → a tag
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "leadership", Exact = true }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("tags/leadership/"));
        await Expect(Heading1(page)).ToContainTextAsync("leadership");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = BriefingTitle, Exact = true })).ToBeVisibleAsync();

        // Site navigation → home → older briefings → newer briefings
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Briefings" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.BaseUrl);
        var pager = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
        await pager.GetByRole(AriaRole.Link, new() { Name = "Older briefings" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("page/2/"));
        await Expect(Heading1(page)).ToContainTextAsync("page 2 of");
        await pager.GetByRole(AriaRole.Link, new() { Name = "Newer briefings" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.BaseUrl);

        problems.AssertNone("the walk through the fixture site");
    }

    [Fact]
    public async Task Reader_WithoutJavaScript_GoesFromHomeToBriefingToCompany()
    {
        var site = sites.Fixture;
        await using var context = await sites.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        using var problems = PageProblems.Watch(page);

        await page.GotoAsync(site.BaseUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = BriefingTitle, Exact = true }).ClickAsync();
        await Expect(Heading1(page)).ToHaveTextAsync(BriefingTitle);
        await Chips(page, "Companies").GetByRole(AriaRole.Link, new() { Name = "Amazon Web Services" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url("companies/aws/"));
        await Expect(Heading1(page)).ToHaveTextAsync("Amazon Web Services");

        problems.AssertNone("the walk without JavaScript");
    }

    private static ILocator Heading1(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The first list of chips with this accessible name (a briefing's companies or people).</summary>
    private static ILocator Chips(IPage page, string name) =>
        page.GetByRole(AriaRole.List, new() { Name = name, Exact = true }).First;
}
