using Briefing.BrowserTests.Support;

namespace Briefing.BrowserTests;

/// <summary>The Nu Html Checker finds no error in any page of the fixture site or the real site.</summary>
[Collection(SharedSites.Name)]
public sealed class HtmlValidityTests(SiteFixture sites)
{
    [Theory]
    [InlineData(BuiltSite.FixtureName)]
    [InlineData(BuiltSite.RealName)]
    public async Task EveryPage_IsValidHtml(string site)
    {
        // Given the whole built site, checked once (with the other site, in the same JVM)
        var built = sites.Site(site);
        var messages = await sites.NuMessagesAsync();

        // Then no message concerns this site
        var root = built.Output + Path.DirectorySeparatorChar;
        var mine = messages.Where(m => m.File.StartsWith(root, StringComparison.Ordinal) && !IsUnsubscribePlaceholder(m))
            .Select(m => m with { File = Path.GetRelativePath(built.Output, m.File) })
            .ToArray();
        Assert.True(mine.Length == 0, $"vnu found {mine.Length} error(s) in the {site} site:\n" + string.Join('\n', mine.Select(m => m.ToString())));

        // And the checker did look at this site's pages (a message outside both sites would be an unreadable folder)
        Assert.DoesNotContain(messages, m => !m.File.StartsWith(sites.Fixture.Output, StringComparison.Ordinal)
                                             && !m.File.StartsWith(sites.Real.Output, StringComparison.Ordinal));
    }

    /// <summary>
    /// An email's unsubscribe link holds the mailing service's placeholder (<c>*|UNSUB|*</c>, <c>{{ unsubscribe_url }}</c>),
    /// replaced when the email is sent: not a URL, by design (docs/newsletter.md). Nothing else of an email is excused.
    /// </summary>
    private static bool IsUnsubscribePlaceholder(NuMessage m) =>
        m.File.EndsWith("/email.html", StringComparison.Ordinal) && m.Message.Contains("for attribute “href” on element “a”", StringComparison.Ordinal);
}
