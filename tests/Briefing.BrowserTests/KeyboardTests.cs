using Briefing.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefing.BrowserTests;

[Collection(SharedSites.Name)]
public sealed class KeyboardTests(SiteFixture sites)
{
    private const string FocusedOutline = """
        () => { const s = getComputedStyle(document.activeElement);
                return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? s.outlineStyle + ' ' + s.outlineWidth : 'none'; }
        """;

    [Theory]
    [InlineData("")]
    [InlineData("briefings/2025/vasi-philomin-leaves-aws/")]
    public async Task FirstTab_FocusesTheVisibleSkipLink_WhichMovesFocusToTheMainContent(string path)
    {
        // Given a page opened by a keyboard user
        await using var context = await sites.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(sites.Fixture.Url(path));

        // When they press Tab once
        await page.Keyboard.PressAsync("Tab");

        // Then the skip link has focus, is on screen and shows a focus outline
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        Assert.NotEqual("none", await page.EvaluateAsync<string>(FocusedOutline));

        // When they activate it
        await page.Keyboard.PressAsync("Enter");

        // Then the main content has focus and is scrolled to, and the next Tab lands inside it with a visible outline
        await Expect(page).ToHaveURLAsync(sites.Fixture.Url(path) + "#main");
        await Expect(page.Locator("main")).ToBeFocusedAsync();
        // (the theme scrolls smoothly: wait for the scroll to end at main's top, or at the bottom of a short page)
        try
        {
            await page.WaitForFunctionAsync(
                "() => { const top = document.querySelector('main').getBoundingClientRect().top;"
                + " return Math.abs(top) < 2 || (top > 0 && Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight); }",
                null, new() { Timeout = 3000 });
        }
        catch (TimeoutException)
        {
            var top = await page.EvaluateAsync<double>("() => document.querySelector('main').getBoundingClientRect().top");
            Assert.Fail($"the skip link did not scroll to main: it is {top}px from the top of the viewport");
        }

        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "the Tab after the skip link should focus something inside main");
        Assert.NotEqual("none", await page.EvaluateAsync<string>(FocusedOutline));
    }
}
