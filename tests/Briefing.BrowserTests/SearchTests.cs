using Briefing.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.BrowserTests;

/// <summary>Pagefind's index and UI, as a reader uses them: the header's search box, then the results.</summary>
[Collection(SharedSites.Name)]
public sealed class SearchTests(SiteFixture sites)
{
    [Theory]
    [InlineData(BuiltSite.FixtureName, "Vasi Philomin", "AWS loses generative-AI chief Vasi Philomin")]
    [InlineData(BuiltSite.RealName, "Vasi Philomin", "Bedrock architect Vasi Philomin leaves AWS; Rajesh Sheth takes over part of his remit")]
    public async Task PersonsName_InTheHeaderSearchBox_FindsTheirBriefing(string site, string name, string briefingTitle)
    {
        if (Prerequisites.PagefindProblem(Prerequisites.PagefindPath) is { } missing)
        {
            Assert.Fail(missing);
        }

        // Given a reader on the home page
        var built = sites.Site(site);
        var page = await sites.ReaderPageAsync();
        using var problems = PageProblems.Watch(page);
        await page.GotoAsync(built.BaseUrl);

        // When they type a person's name into the header's search box and press Enter
        var header = page.GetByRole(AriaRole.Search, new() { Name = "Site" });
        await header.GetByRole(AriaRole.Searchbox, new() { Name = "Search briefings" }).FillAsync(name);
        await header.GetByRole(AriaRole.Searchbox).PressAsync("Enter");

        // Then the search page lists that person's briefing, and its link opens it
        await Expect(page).ToHaveURLAsync(built.Url("search/?q=" + Uri.EscapeDataString(name).Replace("%20", "+", StringComparison.Ordinal)));
        var result = page.Locator("#search").GetByRole(AriaRole.Link, new() { Name = briefingTitle, Exact = true });
        await Expect(result).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await result.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(briefingTitle);
        problems.AssertNone($"searching the {site} site for {name}");
    }
}
