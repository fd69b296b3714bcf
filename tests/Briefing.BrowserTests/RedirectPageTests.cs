using Briefing.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.BrowserTests;

/// <summary>
/// An old URL (an alias of the fixture's 2024 briefing) leads a reader to the briefing without JavaScript, and its
/// redirect page is accessible while it shows. vnu checks it with every other page (<see cref="HtmlValidityTests"/>).
/// </summary>
[Collection(SharedSites.Name)]
public sealed class RedirectPageTests(SiteFixture sites)
{
    private const string OldUrl = "briefings/2024/amazon-reorganises-ai/";
    private const string NewUrl = "briefings/2024/older-amazon-briefing/";

    [Theory]
    [InlineData(OldUrl)]
    [InlineData("2024/11/amazon-reorganises.html")]
    public async Task AnOldUrl_LeadsToTheBriefing_WithJavaScriptOff(string old)
    {
        // Given a reader whose browser runs no JavaScript
        await using var context = await sites.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        // When they open an old URL of the briefing
        await page.GotoAsync(sites.Fixture.Url(old));

        // Then they arrive at its new URL
        await Expect(page).ToHaveURLAsync(sites.Fixture.Url(NewUrl));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Amazon reorganises its AI teams");
    }

    [Fact]
    public async Task TheRedirectPage_HasNoAxeViolations_AndALinkToTheNewUrl()
    {
        // Given a reader on the redirect page itself, served without its refresh so that it stays on screen (the refresh
        // is checked by the test above; axe accepts a zero-second one)
        var page = await sites.ReaderPageAsync();
        string? served = null;
        await page.RouteAsync("**/" + OldUrl, async route =>
        {
            var response = await route.FetchAsync();
            served = await response.TextAsync();
            var stays = System.Text.RegularExpressions.Regex.Replace(served, "<meta http-equiv=\"refresh\"[^>]*>\n", string.Empty);
            await route.FulfillAsync(new() { Response = response, Body = stays });
        });
        await page.GotoAsync(sites.Fixture.Url(OldUrl));
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=", served, StringComparison.Ordinal);

        // When axe checks it
        var violations = await Axe.ViolationsAsync(page);

        // Then there is nothing to fix, and the link a reader can follow names the briefing
        Assert.True(violations.Count == 0, string.Join('\n', violations));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Amazon reorganises its AI teams" })).ToHaveAttributeAsync("href", "/news/" + NewUrl);
    }
}
