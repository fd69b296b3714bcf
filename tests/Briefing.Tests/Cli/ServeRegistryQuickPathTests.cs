using System.Globalization;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

/// <summary>
/// serve's quick path for registry saves: a company's, person's or tag's description is published from memory (every
/// page of the entry's list and its feed) before the rebuild, which then writes nothing more; any other change of an entry
/// takes the rebuild alone. After every save the output is byte for byte a clean build's.
/// </summary>
public sealed class ServeRegistryQuickPathTests
{
    [Fact]
    public async Task CompanyDescriptionSave_WritesEveryPageOfTheCompanyAndItsFeed_AndTheRebuildWritesNothingMore()
    {
        // Given serve running on the fixture site (two briefings a page: Amazon's list, with AWS's briefings, has several pages)
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        await using var serve = await ServeSession.StartAsync(site, null, "--verbose");
        var before = Snapshot(site.Output);

        // When Amazon's description is saved
        var (quick, rebuilt) = await SaveAsync(serve, site, "content/companies/amazon.yml",
            "name: Amazon\naliases: []\nwebsite: https://www.amazon.com\ndescription: \"Retail, cloud & <devices>.\"\n");

        // Then the quick path wrote exactly the company's pages and feed, and the rebuild after it nothing
        string[] expected = [.. before.Keys.Where(f => f.StartsWith("companies/amazon/", StringComparison.Ordinal)
            && (f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith("feed.xml", StringComparison.Ordinal))).Order(StringComparer.Ordinal)];
        Assert.True(expected.Length >= 3, string.Join(", ", expected)); // page 1, page 2 and the feed at least
        Assert.Equal(expected, Changed(before, site.Output));
        Assert.True(quick is not null, $"{serve.Stdout}{serve.Stderr}");
        Assert.StartsWith($"quick: {expected.Length.ToString(CultureInfo.InvariantCulture)} file(s) showing the saved description written in ", quick);
        Assert.Contains(": 0 written, ", rebuilt, StringComparison.Ordinal);
        Assert.All(expected.Where(f => f.EndsWith(".html", StringComparison.Ordinal)),
            f => Assert.Contains("Retail, cloud &amp; &lt;devices&gt;.", File.ReadAllText(Path.Combine(site.Output, f)), StringComparison.Ordinal));
        await AssertCleanAsync(serve, site, "company description");
    }

    [Fact]
    public async Task PersonDescriptionSave_WritesTheirPageAndFeed_AndTheRebuildWritesNothingMore()
    {
        // Given serve running on the fixture site
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        await using var serve = await ServeSession.StartAsync(site, null, "--verbose");
        var before = Snapshot(site.Output);

        // When Rajesh Sheth's description is saved, and then removed (the page falls back to its generated sentence)
        var (quick, rebuilt) = await SaveAsync(serve, site, "content/people/rajesh-sheth.yml", "name: Rajesh Sheth\naliases: []\ndescription: Head of AWS AI.\n");

        // Then the quick path wrote exactly their page and feed, and the rebuild after it nothing
        string[] expected = ["people/rajesh-sheth/feed.xml", "people/rajesh-sheth/index.html"];
        Assert.Equal(expected, Changed(before, site.Output));
        Assert.True(quick is not null, $"{serve.Stdout}{serve.Stderr}");
        Assert.StartsWith("quick: 2 file(s) showing the saved description written in ", quick);
        Assert.Contains(": 0 written, ", rebuilt, StringComparison.Ordinal);
        await AssertCleanAsync(serve, site, "person description");

        (quick, rebuilt) = await SaveAsync(serve, site, "content/people/rajesh-sheth.yml", "name: Rajesh Sheth\naliases: []\n");
        Assert.True(quick is not null, $"{serve.Stdout}{serve.Stderr}");
        Assert.StartsWith("quick: 2 file(s) showing the saved description written in ", quick);
        Assert.Contains(": 0 written, ", rebuilt, StringComparison.Ordinal);
        await AssertCleanAsync(serve, site, "person description removed");
    }

    [Fact]
    public async Task TagDescriptionSave_WritesThatTagsPagesAndFeed_EvenWithAnUnusedTagAdded_AndTheRebuildWritesNothingMore()
    {
        // Given serve running on the fixture site with a tag registry (its first save takes the rebuild: the names change)
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        await using var serve = await ServeSession.StartAsync(site, null, "--verbose");
        const string Registry = "talent-war:\n  name: Talent war\nleadership:\n  name: Leadership\nescaping:\n  name: Escaping\n";
        var (quick, _) = await SaveAsync(serve, site, "content/tags.yml", Registry);
        Assert.Null(quick);
        var before = Snapshot(site.Output);

        // When one tag's description is saved, and a tag no briefing uses is registered in the same save
        (quick, var rebuilt) = await SaveAsync(serve, site, "content/tags.yml",
            Registry.Replace("  name: Leadership\n", "  name: Leadership\n  description: Who runs the labs.\n", StringComparison.Ordinal)
            + "unused-topic:\n  name: Unused topic\n");

        // Then the quick path wrote exactly that tag's pages and feed, and the rebuild after it nothing
        string[] expected = [.. before.Keys.Where(f => f.StartsWith("tags/leadership/", StringComparison.Ordinal)
            && (f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith("feed.xml", StringComparison.Ordinal))).Order(StringComparer.Ordinal)];
        Assert.True(expected.Length >= 2, string.Join(", ", expected));
        Assert.Equal(expected, Changed(before, site.Output));
        Assert.True(quick is not null, $"{serve.Stdout}{serve.Stderr}");
        Assert.StartsWith($"quick: {expected.Length.ToString(CultureInfo.InvariantCulture)} file(s) showing the saved description written in ", quick);
        Assert.Contains(": 0 written, ", rebuilt, StringComparison.Ordinal);
        await AssertCleanAsync(serve, site, "tag description");

        // And a save that renames a tag takes the rebuild alone
        (quick, _) = await SaveAsync(serve, site, "content/tags.yml", Registry.Replace("  name: Escaping\n", "  name: Escapes\n", StringComparison.Ordinal));
        Assert.Null(quick);
        await AssertCleanAsync(serve, site, "tag name");
    }

    [Theory]
    [InlineData("content/companies/aws.yml", "name: AWS Cloud\naliases: [AWS]\nparent: amazon\nwebsite: https://aws.amazon.com\ndescription: New words.\n")] // name
    [InlineData("content/companies/aws.yml", "name: Amazon Web Services\naliases: [AWS, Amazon Cloud]\nparent: amazon\nwebsite: https://aws.amazon.com\ndescription: New words.\n")] // aliases
    [InlineData("content/companies/aws.yml", "name: Amazon Web Services\naliases: [AWS]\nwebsite: https://aws.amazon.com\ndescription: New words.\n")] // parent
    [InlineData("content/companies/aws.yml", "name: Amazon Web Services\naliases: [AWS, /old-aws/]\nparent: amazon\nwebsite: https://aws.amazon.com\ndescription: New words.\n")] // an old URL
    [InlineData("content/people/rajesh-sheth.yml", "name: Rajesh K. Sheth\naliases: []\ndescription: New words.\n")] // name
    [InlineData("content/companies/anthropic.yml", "name: Anthropic\naliases: []\ndescription: New words.\n")] // a new entry
    public async Task EntrySave_ThatChangesWhatOtherPagesShow_TakesTheRebuildAlone_AndEqualsACleanBuild(string path, string text)
    {
        // Given serve running on the fixture site
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        await using var serve = await ServeSession.StartAsync(site, null, "--verbose");

        // When a registry file is saved with its description and a field other pages show (or a slug) changed
        var (quick, _) = await SaveAsync(serve, site, path, text);

        // Then no quick path ran, and the output is a clean build's
        Assert.Null(quick);
        await AssertCleanAsync(serve, site, path);
    }

    [Theory]
    [InlineData("name: Amazon Web Services\naliases: [AWS]\nparent: amazon\nwebsite: https://aws.amazon.com\ndescription: \"unterminated\n")] // bad YAML
    [InlineData("name: Amazon Web Services\naliases: [AWS]\nparent: amazon\nwebsite: https://aws.amazon.com\ndescription: [a, b]\n")] // wrong type
    public async Task BrokenDescriptionSave_TakesNoQuickPath_ReportsTheFileAndPosition_ThenRecovers(string text)
    {
        // Given serve running on the fixture site
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        await using var serve = await ServeSession.StartAsync(site, null, "--verbose");
        var original = File.ReadAllText(Path.Combine(site.Root, "content/companies/aws.yml"));

        // When the company file is saved broken
        var seen = Lines(serve).Length;
        var seenErrors = serve.Stderr.ToString().Length;
        site.Write("content/companies/aws.yml", text);
        string Errors() => serve.Stderr.ToString()[seenErrors..];
        await ServeSession.Eventually(() => Task.FromResult(Errors().Split('\n').Any(l => l.StartsWith("content/companies/aws.yml:", StringComparison.Ordinal)
            && l.Contains(": error BRF", StringComparison.Ordinal))), "no positioned error for the broken save");

        // Then no quick path ran and no stack trace was printed
        Assert.DoesNotContain(Lines(serve).Skip(seen), l => l.StartsWith("quick: ", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", Errors(), StringComparison.Ordinal);

        // And restoring the file builds the same site as a clean build
        var (quick, _) = await SaveAsync(serve, site, "content/companies/aws.yml", original);
        Assert.Null(quick);
        await AssertCleanAsync(serve, site, "restored");
    }

    /// <summary>Saves <paramref name="text"/> and waits for the rebuild; returns the quick path's line (null: none) and the rebuild's.</summary>
    private static async Task<(string? Quick, string Rebuilt)> SaveAsync(ServeSession serve, TestSite site, string path, string text)
    {
        var seen = Lines(serve).Length;
        site.Write(path, text);
        await ServeSession.Eventually(() => Task.FromResult(Lines(serve).Skip(seen).Any(l => l.StartsWith("built ", StringComparison.Ordinal))),
            $"no rebuild after saving {path}");
        var lines = Lines(serve).Skip(seen).ToArray();
        return (lines.FirstOrDefault(l => l.StartsWith("quick: ", StringComparison.Ordinal)), lines.First(l => l.StartsWith("built ", StringComparison.Ordinal)));
    }

    private static string[] Lines(ServeSession serve) => serve.Stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static async Task AssertCleanAsync(ServeSession serve, TestSite site, string edit)
    {
        var clean = Path.Combine(site.Root, $"clean-{Guid.NewGuid():N}");
        var run = site.Cli("build", "--output", clean, "--no-cache", "--no-search", "--drafts",
            "--base-url", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{serve.Port}/"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        await ServeIncrementalTests.SameTreeEventually(clean, site.Output, edit);
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>The files of <paramref name="folder"/> whose bytes differ from <paramref name="before"/>, or are new or gone, in ordinal order.</summary>
    private static string[] Changed(Dictionary<string, byte[]> before, string folder)
    {
        var after = Snapshot(folder);
        return [.. before.Keys.Union(after.Keys).Where(f => !before.TryGetValue(f, out var old) || !after.TryGetValue(f, out var now) || !old.AsSpan().SequenceEqual(now))
            .Order(StringComparer.Ordinal)];
    }
}
