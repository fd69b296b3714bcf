using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>The rules for images in briefings and registries (BRF060–BRF064), each at the position of its value.</summary>
public sealed class ImageDiagnosticsTests
{
    private const string Path = "content/briefings/2025/x/index.md";

    private static TestSite Bundle(string image, string body = "Text.")
    {
        var site = BrokenSite.With($"""
            -- {Path} --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            {image}
            ---
            {body}
            """);
        site.WriteBytes("content/briefings/2025/x/photo.jpg", TestImages.Jpeg(64, 48));
        return site;
    }

    [Fact]
    public void HeroWithoutAlt_IsReportedAtItsSrc()
    {
        using var site = Bundle("image:\n  src: photo.jpg");
        var run = site.BuildFailing();
        run.AssertPrinted($"{Path}:6:3: error BRF060: the image has no 'alt': describe what it shows for readers who cannot see it (alt: \"\" with decorative: true for an ornament)");
    }

    [Fact]
    public void HeroWithEmptyAlt_IsReportedAtTheAlt_UnlessDecorative()
    {
        using var site = Bundle("image:\n  src: photo.jpg\n  alt: \"\"");
        var run = site.BuildFailing();
        run.AssertPrinted($"{Path}:7:8: error BRF060: the image's 'alt' is empty: describe what it shows, or add 'decorative: true' if it adds nothing the text does not say");

        using var decorative = Bundle("image:\n  src: photo.jpg\n  alt: \"\"\n  decorative: true");
        decorative.BuildSucceeding();
        Assert.Contains("alt=\"\"", decorative.ReadOutput("briefings/2025/x/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void BodyImageWithEmptyAlt_IsReportedAtTheImage()
    {
        using var site = Bundle(string.Empty, "Before.\n\n![](photo.jpg)");
        var run = site.BuildFailing();
        run.AssertPrinted($"{Path}:9:1: error BRF060: the image has no alt text: write what it shows between the brackets, ![Alt text](photo.jpg)");
    }

    [Fact]
    public void MissingImageFile_IsReportedAtItsValue()
    {
        using var site = Bundle("image:\n  src: gone.jpg\n  alt: \"A\"");
        var run = site.BuildFailing();
        run.AssertPrinted($"{Path}:6:8: error BRF061: no image file content/briefings/2025/x/gone.jpg; check the name, or add the file");
    }

    [Fact]
    public void MissingBodyImage_IsReportedAgain_WhenTheBriefingComesFromTheParseCache()
    {
        using var site = Bundle(string.Empty, "![A photo](photo.jpg)");
        site.BuildSucceeding();
        File.Delete(System.IO.Path.Combine(site.Root, "content/briefings/2025/x/photo.jpg"));
        var run = site.BuildFailing();
        run.AssertPrinted($"{Path}:7:1: error BRF061: no image file content/briefings/2025/x/photo.jpg; check the name, or add the file");
    }

    [Fact]
    public void UnsupportedFormat_IsReportedAtItsValue()
    {
        using var site = Bundle("image:\n  src: report.pdf\n  alt: \"A\"");
        var run = site.BuildFailing();
        run.AssertPrinted($"{Path}:6:8: error BRF062: 'report.pdf' is not a supported image; use a JPEG, PNG or WebP file");
    }

    [Fact]
    public void UndecodableImage_IsReportedAtItsFile()
    {
        using var site = Bundle("image:\n  src: broken.jpg\n  alt: \"A\"");
        site.Write("content/briefings/2025/x/broken.jpg", "not a JPEG at all");
        var run = site.BuildFailing();
        Assert.Contains(run.DiagnosticLines, l => l.StartsWith("content/briefings/2025/x/broken.jpg:1:1: error BRF062: the image could not be decoded (", StringComparison.Ordinal));
    }

    [Fact]
    public void PathLeavingContent_IsReportedAtItsValue()
    {
        using var site = Bundle("image:\n  src: ../../../../../etc/photo.jpg\n  alt: \"A\"");
        var run = site.BuildFailing();
        run.AssertPrinted($"{Path}:6:8: error BRF063: '../../../../../etc/photo.jpg' is not a file inside content/: write a path relative to this file, or from content/ with a leading '/' (/media/photo.jpg)");
    }

    [Fact]
    public void SymbolicLinkLeavingTheSite_IsReportedWhereTheImageIsNamed()
    {
        using var site = Bundle("image:\n  src: linked.jpg\n  alt: \"A\"");
        var outside = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"briefing-outside-{Guid.NewGuid():N}.jpg");
        File.WriteAllBytes(outside, TestImages.Jpeg(32, 32));
        try
        {
            File.CreateSymbolicLink(System.IO.Path.Combine(site.Root, "content/briefings/2025/x/linked.jpg"), outside);
            var run = site.BuildFailing();
            Assert.Contains(run.DiagnosticLines, l => l.StartsWith($"{Path}:6:8: error BRF063: content/briefings/2025/x/linked.jpg: this symbolic link leads to ", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void RegistryLogoMissing_IsReportedAtItsValue()
    {
        using var site = BrokenSite.With("""
            -- content/briefings/2025/x.md --
            ---
            title: "A"
            date: 2025-06-26
            summary: "S"
            companies: [acme]
            ---
            Text.
            -- content/companies/acme.yml --
            name: Acme
            logo: /media/acme.png
            """);
        var run = site.BuildFailing();
        run.AssertPrinted("content/companies/acme.yml:2:7: error BRF061: no image file content/media/acme.png; check the name, or add the file");
    }

    [Fact]
    public void ImageFarWiderThanTheWidestVariant_IsAWarning()
    {
        using var site = Bundle("image:\n  src: photo.jpg\n  alt: \"A\"");
        site.Write("content/site.yml", TestSite.SiteYml + "\nimages:\n  widths: [16]\n");
        var run = site.BuildSucceeding();
        run.AssertPrinted("content/briefings/2025/x/photo.jpg:1:1: warning BRF064: the image is 64 px wide, more than 3 times the widest variant (16 px); a copy at most 32 px wide builds faster and looks the same");
    }
}
