using System.Text.Json;
using Briefing.Tests.Support;

namespace Briefing.Tests.Media;

/// <summary>The fixture's images as built: variants, their sizes and metadata, the markup and the feeds that carry them.</summary>
public sealed class FixtureImageTests(BuiltFixture fixture) : IClassFixture<BuiltFixture>
{
    private const string Briefing = "briefings/2025/openai-opens-zurich-lab/index.html";

    private string[] Variants(string stem) =>
        Directory.GetFiles(Path.Combine(fixture.Site.Output, "media"), $"{stem}.*").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Variants_ExistAtTheConfiguredWidths_NeverUpscaled_InWebPAndTheSourceFormat()
    {
        // Given the fixture (site.yml widths [320, 640]): a 600 px wide hero (once turned upright), a 640 px chart, a 256 px logo
        // Then each has a WebP and a fallback per width below its own, its own width the widest
        Assert.Equal(["320.jpg", "320.webp", "600.jpg", "600.webp"], Variants("hero").Select(f => string.Join('.', f.Split('.')[^2..])));
        Assert.Equal(["320.png", "320.webp", "640.png", "640.webp"], Variants("chart").Select(f => string.Join('.', f.Split('.')[^2..])));
        Assert.Equal(["256.png", "256.webp"], Variants("openai").Select(f => string.Join('.', f.Split('.')[^2..])));
    }

    [Fact]
    public void BriefingWithAHero_ShowsItOnItsSocialCard_OthersKeepTheBackgroundThere()
    {
        // Given the bundled briefing (a hero) and one without a hero, built
        SkiaSharp.SKColor SlotPixel(string page)
        {
            var card = Html.Load(fixture.Site, page).QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
            var file = Path.Combine(fixture.Site.Output, "cards", card[(card.LastIndexOf('/') + 1)..]);
            using var bitmap = SkiaSharp.SKBitmap.Decode(file);
            Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
            return bitmap.GetPixel(990, 257); // the middle of the layout's image slot (themes/briefing/cards/card.yml)
        }

        // Then the hero's card shows the photo in the image slot, the other card its plain background there
        Assert.NotEqual(new SkiaSharp.SKColor(0xfd, 0xfc, 0xfa), SlotPixel(Briefing));
        Assert.Equal(new SkiaSharp.SKColor(0xfd, 0xfc, 0xfa), SlotPixel("briefings/2025/vasi-philomin-leaves-aws/index.html"));
    }

    [Fact]
    public void HeroVariants_AreUpright_AndCarryNoMetadata()
    {
        // Given the hero, stored 900×600 with EXIF orientation 6 (turn to 600×900) and GPS tags
        foreach (var file in Variants("hero"))
        {
            var path = Path.Combine(fixture.Site.Output, "media", file);

            // Then every variant is taller than wide, and has no EXIF, GPS, XMP or orientation left
            var (width, height) = TestImages.SizeOf(path);
            Assert.True(height > width, $"{file}: {width}×{height}");
            Assert.Equal(width * 3 / 2, height);
            Assert.Empty(TestImages.MetadataOf(path));
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(-1, bytes.AsSpan().IndexOf("Exif\0\0"u8));
        }

        // (the source does carry them: the test proves stripping)
        Assert.Contains("exif-data", TestImages.MetadataOf(Path.Combine(RepoPaths.FixtureSite, "content/briefings/2025/openai-opens-zurich-lab/hero.jpg")));
    }

    [Fact]
    public void Hero_IsAPictureInAFigure_LoadedFirst_WithSizeAndCaption()
    {
        var page = Html.Load(fixture.Site, Briefing);
        var figure = page.QuerySelector("figure.hero")!;
        var source = figure.QuerySelector("picture > source")!;
        var img = figure.QuerySelector("picture > img")!;

        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Matches(@"^/news/media/hero\.[0-9a-f]{10}\.320\.webp 320w, /news/media/hero\.[0-9a-f]{10}\.600\.webp 600w$", source.GetAttribute("srcset"));
        Assert.Equal(img.GetAttribute("sizes"), source.GetAttribute("sizes"));
        Assert.Matches(@"^/news/media/hero\.[0-9a-f]{10}\.600\.jpg$", img.GetAttribute("src"));
        Assert.Equal(("600", "900"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("The lab's entrance on a grey morning", img.GetAttribute("alt"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.Null(img.GetAttribute("loading"));
        Assert.Equal("image[src], image_alt[alt]", img.GetAttribute("data-pagefind-meta"));
        Assert.Equal("The new lab in Zurich. Photo: The Fixture desk", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Equal("Photo: The Fixture desk", figure.QuerySelector("figcaption .credit")!.TextContent);
    }

    [Fact]
    public void BodyImages_ArePictures_Lazy_AFigureWhenAlone_RemoteLeftAsWritten()
    {
        var page = Html.Load(fixture.Site, Briefing);
        var body = page.QuerySelector("article")!;

        var chart = body.QuerySelector("figure.figure")!;
        Assert.Equal("Hires per quarter", chart.QuerySelector("figcaption")!.TextContent);
        var chartImg = chart.QuerySelector("img")!;
        Assert.Equal(("lazy", "async", "Hiring at the lab by quarter"), (chartImg.GetAttribute("loading"), chartImg.GetAttribute("decoding"), chartImg.GetAttribute("alt")));
        Assert.Equal(("640", "366"), (chartImg.GetAttribute("width"), chartImg.GetAttribute("height")));

        var inline = body.QuerySelectorAll("p picture img").Single();
        Assert.Matches(@"^/news/media/zurich-office\.[0-9a-f]{10}\.640\.jpg$", inline.GetAttribute("src"));
        Assert.Equal("the office's front", inline.GetAttribute("alt"));

        Assert.Equal("https://images.example.org/remote.jpg", body.QuerySelectorAll("img").Single(i => i.GetAttribute("src")!.StartsWith("https:", StringComparison.Ordinal)).GetAttribute("src"));
    }

    [Fact]
    public void CompanyLogo_AndPersonPhoto_AreOnTheirPages()
    {
        var logo = Html.Load(fixture.Site, "companies/openai/index.html").QuerySelector("picture.logo img")!;
        Assert.Equal(("OpenAI logo", "256", "256", "6rem"), (logo.GetAttribute("alt"), logo.GetAttribute("width"), logo.GetAttribute("height"), logo.GetAttribute("sizes")));

        var photo = Html.Load(fixture.Site, "people/vasi-philomin/index.html").QuerySelector("picture.photo img")!;
        Assert.Equal(("Vasi Philomin", "300"), (photo.GetAttribute("alt"), photo.GetAttribute("width")));
        Assert.Matches(@"^/news/media/vasi-philomin\.[0-9a-f]{10}\.300\.jpg$", photo.GetAttribute("src"));
    }

    [Fact]
    public void Feeds_CarryTheHeroAsEnclosure_AndAbsoluteImageUrls()
    {
        // RSS, read by System.ServiceModel.Syndication: the enclosure with its type and length
        var rss = Feeds.Syndication(fixture.Site, "companies/openai/feed.xml");
        var item = rss.Items.Single(i => i.Id.EndsWith("/openai-opens-zurich-lab/", StringComparison.Ordinal));
        var enclosure = item.Links.Single(l => l.RelationshipType == "enclosure");
        Assert.Matches(@"^https://example\.org/news/media/hero\.[0-9a-f]{10}\.600\.jpg$", enclosure.Uri.AbsoluteUri);
        Assert.Equal("image/jpeg", enclosure.MediaType);
        Assert.Equal(new FileInfo(Path.Combine(fixture.Site.Output, Feeds.FileOf(enclosure.Uri.AbsoluteUri))).Length, enclosure.Length);

        // Body images in the feed HTML: every src and srcset candidate absolute
        var html = rss.Items.Select(i => i.ElementExtensions.ReadElementExtensions<string>("encoded", Feeds.Content.NamespaceName).Single())
            .Single(h => h.Contains("chart.", StringComparison.Ordinal));
        var document = Html.Parse(html);
        var urls = document.QuerySelectorAll("img, source").SelectMany(e => new[] { e.GetAttribute("src") }
            .Concat((e.GetAttribute("srcset") ?? string.Empty).Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split(' ')[0]))).OfType<string>().ToArray();
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.StartsWith("https://", u, StringComparison.Ordinal));
    }

    [Fact]
    public void JsonLd_NamesTheHeroVariants_WidestFirst()
    {
        var script = Html.Load(fixture.Site, Briefing).QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(script);
        var images = json.RootElement.GetProperty("image").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(2, images.Length);
        Assert.Matches(@"^https://example\.org/news/media/hero\.[0-9a-f]{10}\.600\.jpg$", images[0]);
        Assert.EndsWith(".320.jpg", images[1], StringComparison.Ordinal);
    }
}
