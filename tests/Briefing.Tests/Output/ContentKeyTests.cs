using System.Text.RegularExpressions;
using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>
/// The build cache's content keys: when an edit changes every page's build key (a title, a registry entry), only the
/// pages and feeds whose content changed are rendered again, and the output still equals a clean build.
/// </summary>
public sealed class ContentKeyTests
{
    /// <summary>Every file of the output matching <paramref name="pattern"/> and the hash of its bytes.</summary>
    private static Dictionary<string, string> PageHashes(TestSite site, string pattern = "*.html") =>
        (pattern == "*.html" ? SitePages.Of(site.Output) : Directory.GetFiles(site.Output, pattern, SearchOption.AllDirectories)).ToDictionary(
            f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    private static string[] ChangedPages(Dictionary<string, string> before, Dictionary<string, string> after) =>
        [.. after.Where(kv => !before.TryGetValue(kv.Key, out var old) || old != kv.Value).Select(kv => kv.Key).Order(StringComparer.Ordinal)];

    [Fact]
    public void TitleEdit_RendersOnlyThePagesThatShowTheTitle()
    {
        // Given a built site
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        var before = PageHashes(site);
        var path = Path.Combine(site.Root, "content/briefings/2024/older-amazon-briefing.md");

        // When one briefing's title changes
        File.WriteAllText(path, File.ReadAllText(path).Replace("Amazon reorganises its AI teams", "Amazon reshuffles its AI teams", StringComparison.Ordinal));
        var run = site.Build("--timings");

        // Then exactly the pages whose bytes changed were rendered (its own, the lists and neighbours that show it) — not every page
        var (pages, total, _, _) = BuildCacheTests.Rendered(run);
        var changed = ChangedPages(before, PageHashes(site));
        Assert.Contains("companies/amazon/index.html", changed);
        Assert.Contains("briefings/2024/older-amazon-briefing/index.html", changed);
        Assert.Equal(changed.Length, pages);
        Assert.True(pages < total / 2, $"{pages} of {total} pages rendered: {string.Join(", ", changed)}");
        Assert.Contains("Amazon reshuffles its AI teams", site.ReadOutput("companies/amazon/index.html"), StringComparison.Ordinal);
        BuildCacheTests.AssertEqualsCleanBuild(site);
    }

    [Fact]
    public void CompanyDescriptionEdit_RendersOnlyThatCompanysPageAndFeed()
    {
        // Given a built site
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        var before = PageHashes(site);
        var feedsBefore = PageHashes(site, "*.xml");
        var company = Path.Combine(site.Root, "content/companies/amazon.yml");
        var text = File.ReadAllText(company);
        Assert.Contains("\ndescription:", text, StringComparison.Ordinal);

        // When one company's description changes (the fingerprint of the whole build with it)
        File.WriteAllText(company, text.Replace("\ndescription:", "\ndescription: Rewritten by an editor.", StringComparison.Ordinal));
        var run = site.Build("--timings");

        // Then only the page and the feed that show the description are rendered again (besides the moves feed and the
        // feed lists, which have no finer key), and no briefing's body
        var (pages, total, feeds, _) = BuildCacheTests.Rendered(run);
        Assert.Equal(["companies/amazon/index.html"], ChangedPages(before, PageHashes(site)));
        Assert.Equal(["companies/amazon/feed.xml"], ChangedPages(feedsBefore, PageHashes(site, "*.xml")));
        Assert.Equal(1, pages);
        Assert.True(total > 20);
        Assert.InRange(feeds, 1, 7); // its feed, the moves feed, five OPML lists (companies, people, tags, authors, all)
        Assert.Contains("Rewritten by an editor.", site.ReadOutput("companies/amazon/index.html"), StringComparison.Ordinal);
        BuildCacheTests.AssertEqualsCleanBuild(site);
    }

    [Fact]
    public void CompanyRename_RendersEveryPageThatNamesIt_AndTheFeedsThatCategoriseByIt()
    {
        // Given a built site
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        var before = PageHashes(site);
        var company = Path.Combine(site.Root, "content/companies/amazon.yml");

        // When a company's name changes: briefing bodies link it, cards and feeds name it
        File.WriteAllText(company, Regex.Replace(File.ReadAllText(company), "^name: .*$", "name: Amazon.com", RegexOptions.Multiline));
        var run = site.Build("--timings");

        // Then every page whose bytes changed was rendered, and the output is a clean build's
        var (pages, _, feeds, _) = BuildCacheTests.Rendered(run);
        var changed = ChangedPages(before, PageHashes(site));
        Assert.True(changed.Length > 1);
        Assert.True(pages >= changed.Length, $"{pages} rendered, {changed.Length} changed");
        Assert.True(feeds > 0);
        Assert.Contains("Amazon.com", site.ReadOutput("companies/amazon/index.html"), StringComparison.Ordinal);
        BuildCacheTests.AssertEqualsCleanBuild(site);
    }
}
