using Briefing.BrowserTests.Support;

namespace Briefing.BrowserTests;

/// <summary>Every page kind of both sites loads cleanly: no console error, no failed request, no response ≥ 400.</summary>
[Collection(SharedSites.Name)]
public sealed class PageLoadTests(SiteFixture sites)
{
    public static TheoryData<string, string> PageKinds => Support.PageKinds.All();

    [Theory]
    [MemberData(nameof(PageKinds))]
    public async Task EveryPageKind_LoadsWithoutConsoleErrorsOrFailedRequests(string site, string kind)
    {
        // Given a page of this kind
        var built = sites.Site(site);
        var url = built.Url(built.PathOf(kind));
        var expected404 = kind == Support.PageKinds.NotFound ? url : null;
        var page = await sites.ReaderPageAsync();
        using var problems = PageProblems.Watch(page, expected404);

        // When a reader opens it (the load event: stylesheet, icon and images are in)
        var response = await page.GotoAsync(url);

        // Then it answered as expected, and nothing failed
        Assert.NotNull(response);
        Assert.Equal(kind == Support.PageKinds.NotFound ? 404 : 200, response.Status);
        problems.AssertNone($"{site} {kind} ({url})");
    }
}
