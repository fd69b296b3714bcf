using Briefing.Tests.Output;
using Briefing.Tests.Support;
using SkiaSharp;

namespace Briefing.Tests.Media.Cards;

/// <summary>Every briefing, company, person, tag and the home page get their own 1200×630 card, which the page's og and twitter meta point to.</summary>
public sealed class SocialCardTests
{
    private static string CardOf(TestSite site, string page)
    {
        var doc = Html.Load(site, page);
        var url = doc.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.StartsWith("https://example.org/news/cards/", url);
        return Path.Combine(site.Output, url["https://example.org/news/".Length..]);
    }

    [Theory]
    [InlineData("briefings/2025/vasi-philomin-leaves-aws/index.html", "AWS loses generative-AI chief Vasi Philomin")]
    [InlineData("companies/zhi-yuan-ai/index.html", "智源智能")]
    [InlineData("people/jose-nunez/index.html", "José Núñez")]
    [InlineData("tags/talent-war/index.html", "talent-war")]
    [InlineData("index.html", "Latest briefings")]
    public void EachPageKind_PointsToItsOwn1200x630Card_WithSizeAndAlt(string page, string altIncludes)
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        var doc = Html.Load(site, page);
        string Meta(string selector) => doc.QuerySelector(selector)?.GetAttribute("content") ?? throw new Xunit.Sdk.XunitException($"no {selector} on {page}");

        var file = CardOf(site, page);
        using var image = SKBitmap.Decode(file);

        Assert.NotNull(image);
        Assert.Equal((1200, 630), (image.Width, image.Height));
        Assert.Equal("1200", Meta("meta[property='og:image:width']"));
        Assert.Equal("630", Meta("meta[property='og:image:height']"));
        Assert.Contains(altIncludes, Meta("meta[property='og:image:alt']"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Meta("meta[property='og:image']"), Meta("meta[name='twitter:image']"));
        Assert.Equal(Meta("meta[property='og:image:alt']"), Meta("meta[name='twitter:image:alt']"));
        Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
    }

    [Fact]
    public void EveryBriefing_HasADifferentCard_AndAListsLaterPagesShareItsFirst()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();

        var cards = new[] { "briefings/2025/vasi-philomin-leaves-aws/index.html", "briefings/2025/meta-poaches-openai-researchers/index.html",
            "briefings/2024/older-amazon-briefing/index.html", "briefings/2025/escape-torture/index.html" }.Select(p => CardOf(site, p)).ToArray();

        Assert.Equal(cards.Length, cards.Distinct().Count());
    }

    [Fact]
    public void PagesWithoutACard_KeepTheThemesSharedImage()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();

        var doc = Html.Load(site, "404.html");

        Assert.Equal("https://example.org/news/assets/social-card.png", doc.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
    }

    [Fact]
    public void SameInput_GivesTheSameCardBytes()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var other = Path.Combine(site.Root, "other");
        site.Build("--no-cache");
        site.Build("--no-cache", "--output", other);

        var first = Directory.GetFiles(Path.Combine(site.Output, "cards")).Order(StringComparer.Ordinal).ToArray();
        var second = Directory.GetFiles(Path.Combine(other, "cards")).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(first.Select(Path.GetFileName), second.Select(Path.GetFileName));
        Assert.All(first.Zip(second), pair => Assert.Equal(File.ReadAllBytes(pair.First), File.ReadAllBytes(pair.Second)));
    }

    [Fact]
    public void TitleEdit_RedrawsOnlyThatBriefingsCard_AndRemovesTheOldOne()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        const string Page = "briefings/2025/meta-poaches-openai-researchers/index.html";
        var before = CardOf(site, Page);
        var others = Directory.GetFiles(Path.Combine(site.Output, "cards")).Where(f => f != before).ToDictionary(f => f, File.ReadAllBytes);
        var path = Path.Combine(site.Root, "content/briefings/2025/meta-poaches-openai-researchers.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Meta poaches three OpenAI researchers", "Meta poaches three more OpenAI researchers"));

        var run = site.Build("--timings");

        Assert.Contains(", 1 social cards;", run.Stdout);
        var after = CardOf(site, Page);
        Assert.NotEqual(before, after);
        Assert.False(File.Exists(before));
        Assert.All(others, kv => Assert.Equal(kv.Value, File.ReadAllBytes(kv.Key)));
        BuildCacheTests.AssertEqualsCleanBuild(site);
    }

    [Fact]
    public void NoOpRebuild_DrawsNoCard_NorDoesABuildIntoAnEmptyOutputWithTheCachePresent()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.DoesNotContain(", 0 social cards;", site.Build("--timings").Stdout);

        Assert.Contains(", 0 social cards;", site.Build("--timings").Stdout);
        Directory.Delete(site.Output, recursive: true);
        Assert.Contains(", 0 social cards;", site.Build("--timings").Stdout);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site.Output, "cards")));
    }

    [Fact]
    public void ADrawnCard_IsCachedAsASecondNameOfItsOutputFile_AndAnEmptyOutputGetsItBackTheSameWay()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        var card = CardOf(site, "index.html");
        var cached = Path.Combine(site.Root, ".briefing", "cache", "cards", Path.GetFileName(card));

        Assert.Equal(Inode(card), Inode(cached));
        Directory.Delete(site.Output, recursive: true);
        site.Build();
        Assert.Equal(Inode(card), Inode(cached));
        Assert.Equal(File.ReadAllBytes(card), File.ReadAllBytes(cached));
    }

    [Fact]
    public void AHerosCard_IsNamedByTheImagesBytes_NotItsPath_AndChangesWhenThePhotoDoes()
    {
        const string page = "briefings/2025/openai-opens-zurich-lab/index.html";
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        using var elsewhere = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        elsewhere.Build();
        var card = Path.GetFileName(CardOf(site, page));
        Assert.Equal(card, Path.GetFileName(CardOf(elsewhere, page)));

        File.Copy(Path.Combine(site.Root, "content", "media", "zurich-office.jpg"),
            Path.Combine(site.Root, "content", "briefings", "2025", "openai-opens-zurich-lab", "hero.jpg"), overwrite: true);
        site.Build();

        Assert.NotEqual(card, Path.GetFileName(CardOf(site, page)));
    }

    /// <summary>The file's inode number (`stat`): two names of one file share it.</summary>
    private static string Inode(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        Assert.Equal(0, stat.ExitCode);
        return inode;
    }
}
