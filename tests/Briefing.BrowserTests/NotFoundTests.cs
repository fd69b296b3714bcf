using Briefing.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.BrowserTests;

[Collection(SharedSites.Name)]
public sealed class NotFoundTests(SiteFixture sites)
{
    [Fact]
    public async Task UnknownPath_ShowsTheNotFoundPage_WithStatus404()
    {
        // Given an address the site does not have
        var url = sites.Fixture.Url("briefings/2025/no-such-briefing/");
        await using var context = await sites.NewContextAsync();
        var page = await context.NewPageAsync();

        // When a reader opens it
        var response = await page.GotoAsync(url);

        // Then the server says 404 and the reader sees the site's own not-found page, with a way back
        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        await page.GetByRole(AriaRole.Link, new() { Name = "the latest briefings" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(sites.Fixture.BaseUrl);
    }
}
