using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>
/// The cards are drawn beside the pages, feeds and digest (<c>CardOutputs.Start</c>, then <c>Finish</c> before the
/// output is published): a card that cannot be written still fails the build, and a build that fails while cards are
/// being drawn leaves the previous output as it was, with no staging folder behind.
/// </summary>
public sealed class CardOutputsTests
{
    private const string Briefing = "content/briefings/2025/vasi-philomin-leaves-aws.md";

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);

    private static void AssertUntouched(TestSite site, Dictionary<string, byte[]> before)
    {
        var after = Files(site.Output);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));
        Assert.Empty(Directory.GetDirectories(site.Root, ".public.tmp-*"));
    }

    private static void Retitle(TestSite site)
    {
        var path = Path.Combine(site.Root, Briefing);
        File.WriteAllText(path, File.ReadAllText(path).Replace("AWS loses generative-AI chief Vasi Philomin", "AWS loses its generative-AI chief", StringComparison.Ordinal));
    }

    [Fact]
    public void ACardThatCannotBeCached_WhileThePagesRender_FailsTheBuild_AndLeavesTheOutputAsItWas()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        var before = Files(site.Output);
        Retitle(site); // one card to draw
        var cardCache = Path.Combine(site.Root, ".briefing", "cache", "cards");
        Directory.Delete(cardCache, recursive: true);
        File.WriteAllText(cardCache, "a file where the card cache's folder should be");

        var run = site.Build();

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("error: could not write the site: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(cardCache, run.Stderr, StringComparison.Ordinal);
        AssertUntouched(site, before);
    }

    [Fact]
    public void ATemplateError_WhileCardsAreDrawn_StopsTheDrawing_AndLeavesTheOutputAsItWas()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        var before = Files(site.Output);
        Retitle(site);
        Directory.Delete(Path.Combine(site.Root, ".briefing", "cache", "cards"), recursive: true); // every card drawn again
        var layout = Path.Combine(site.Root, "themes", "briefing", "layouts", "tag.html");
        File.WriteAllText(layout, File.ReadAllText(layout) + "{{ page.no_such_field }}\n");

        var run = site.Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("themes/briefing/layouts/tag.html:", run.Stderr, StringComparison.Ordinal);
        AssertUntouched(site, before);
    }
}
