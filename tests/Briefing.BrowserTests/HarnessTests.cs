using Briefing.BrowserTests.Support;
using Microsoft.Playwright;

namespace Briefing.BrowserTests;

/// <summary>The checks above would pass vacuously if the harness saw nothing: these prove it sees what it should.</summary>
[Collection(SharedSites.Name)]
public sealed class HarnessTests(SiteFixture sites)
{
    [Fact]
    public async Task Axe_ReportsAViolation_WhenThePageHasOne()
    {
        var page = await sites.ReaderPageAsync();
        await page.GotoAsync(sites.Fixture.BaseUrl);

        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('afterbegin', '<img src=\"x.png\" width=\"1\" height=\"1\">')");
        var violations = await Axe.ViolationsAsync(page);

        Assert.Contains(violations, v => v.StartsWith("image-alt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DarkScheme_ChangesThePageColours()
    {
        var page = await sites.ReaderPageAsync();
        await page.GotoAsync(sites.Fixture.BaseUrl);
        var light = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        var dark = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

        Assert.NotEqual(light, dark);
    }

    [Fact]
    public async Task PageProblems_SeesAMissingFileAndAConsoleError()
    {
        var page = await sites.ReaderPageAsync();
        await page.GotoAsync(sites.Fixture.BaseUrl);
        using var problems = PageProblems.Watch(page);

        await page.EvaluateAsync("() => { console.error('boom'); return fetch('no-such-file.css').then(r => r.status); }");

        Assert.Contains(problems.All, p => p.StartsWith("HTTP 404", StringComparison.Ordinal) && p.Contains("no-such-file.css", StringComparison.Ordinal));
        Assert.Contains(problems.All, p => p.Contains("boom", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Server_AnswersWithTheRightContentTypes()
    {
        var page = await sites.ReaderPageAsync();
        var site = sites.Fixture;
        foreach (var (path, type) in new[]
                 {
                     ("", "text/html"), ("feed.xml", "application/xml"), ("feed.json", "application/json"),
                     ("assets/favicon.svg", "image/svg+xml"), ("sitemap.xml", "application/xml"), ("robots.txt", "text/plain"),
                 })
        {
            var response = await page.APIRequest.GetAsync(site.Url(path));
            Assert.Equal(200, response.Status);
            Assert.StartsWith(type, response.Headers["content-type"], StringComparison.Ordinal);
        }

        var outside = await page.APIRequest.GetAsync(site.BaseUrl.Replace("/news/", "/elsewhere/", StringComparison.Ordinal));
        Assert.Equal(404, outside.Status);
    }
}
