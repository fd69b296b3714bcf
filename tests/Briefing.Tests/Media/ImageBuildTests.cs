using Briefing.Tests.Content;
using Briefing.Tests.Support;

namespace Briefing.Tests.Media;

/// <summary>Images through whole builds: a bundle's slug, a no-op rebuild, a removed image's variants.</summary>
public sealed class ImageBuildTests
{
    private static TestSite Site()
    {
        var site = BrokenSite.With("""
            -- content/briefings/2025/with-photo/index.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            ---
            ![A photo](photo.jpg)
            """);
        site.WriteBytes("content/briefings/2025/with-photo/photo.jpg", TestImages.Jpeg(900, 600));
        return site;
    }

    private static string[] Media(TestSite site) =>
        Directory.Exists(Path.Combine(site.Output, "media"))
            ? Directory.GetFiles(Path.Combine(site.Output, "media")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray()
            : [];

    [Fact]
    public void Bundle_IsPublishedUnderItsFolderName_WithItsImage()
    {
        using var site = Site();
        site.BuildSucceeding();

        Assert.True(site.OutputExists("briefings/2025/with-photo/index.html"));
        // The default widths below the original's 900 px (480, 800), then 900 itself (never upscaled to 1200 or 1600), each as WebP and JPEG
        Assert.Equal(["480.jpg", "480.webp", "800.jpg", "800.webp", "900.jpg", "900.webp"], Media(site).Select(f => string.Join('.', f.Split('.')[^2..])));
    }

    [Fact]
    public void NoOpRebuild_WritesNoImage_AndARemovedImagesVariantsAreGone()
    {
        using var site = Site();
        site.BuildSucceeding();
        var before = Media(site);
        var stamps = before.Select(f => File.GetLastWriteTimeUtc(Path.Combine(site.Output, "media", f))).ToArray();

        var again = site.BuildSucceeding();
        Assert.Equal(before, Media(site));
        Assert.Equal(stamps, before.Select(f => File.GetLastWriteTimeUtc(Path.Combine(site.Output, "media", f))));
        Assert.Contains("0 written", again.Stderr + again.Stdout, StringComparison.Ordinal);

        site.Write("content/briefings/2025/with-photo/index.md", "---\ntitle: \"A\"\ndate: 2025-06-26\nsummary: \"S\"\n---\nNo photo now.\n");
        site.BuildSucceeding();
        Assert.Empty(Media(site));
        Assert.Empty(Directory.GetDirectories(Path.Combine(site.Root, ".briefing", "cache", "images")));
    }
}
