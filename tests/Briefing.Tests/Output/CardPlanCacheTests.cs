using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>
/// The card plan (which page shows which card, what each card shows) is kept in <c>.briefing/cache/card-plan.bin</c>
/// under the build's fingerprint: a body edit reuses it, anything the cards show plans again, and either way the output
/// is a clean build's.
/// </summary>
public sealed class CardPlanCacheTests
{
    private const string Briefing = "content/briefings/2025/vasi-philomin-leaves-aws.md";
    private const string Page = "briefings/2025/vasi-philomin-leaves-aws/index.html";

    [Fact]
    public void ABodyEdit_ReusesTheSavedPlan_AndLeavesACleanBuildsOutput()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        var plan = PlanFile(site);
        var (bytes, written) = (File.ReadAllBytes(plan), File.GetLastWriteTimeUtc(plan));

        File.AppendAllText(Path.Combine(site.Root, Briefing), "\nOne more sentence.\n");
        Assert.Equal(0, site.Build().ExitCode);

        Assert.Equal(written, File.GetLastWriteTimeUtc(plan)); // not planned, so not saved again
        Assert.Equal(bytes, File.ReadAllBytes(plan));
        BuildCacheTests.AssertEqualsCleanBuild(site);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("company-name")]
    public void AChangeTheCardsShow_PlansAgain_AndTheCardsAreAClean(string change)
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        var plan = File.ReadAllBytes(PlanFile(site));
        var card = CardOf(site.ReadOutput(Page));
        if (change == "title")
        {
            var path = Path.Combine(site.Root, Briefing);
            File.WriteAllText(path, File.ReadAllText(path).Replace("title: \"AWS loses", "title: \"Amazon loses", StringComparison.Ordinal));
        }
        else
        {
            var aws = Directory.GetFiles(Path.Combine(site.Root, "content", "companies"), "aws.*").Single();
            File.WriteAllText(aws, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(aws), "(?m)^name: .*$", "name: \"Amazon Web Services (AWS)\""));
        }

        Assert.Equal(0, site.Build().ExitCode);

        Assert.NotEqual(plan, File.ReadAllBytes(PlanFile(site)));
        Assert.NotEqual(card, CardOf(site.ReadOutput(Page)));
        BuildCacheTests.AssertEqualsCleanBuild(site);
    }

    [Theory]
    [InlineData("")]
    [InlineData("truncated")]
    [InlineData("huge count")]
    public void ACorruptPlan_IsIgnored(string content)
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Build();
        var plan = PlanFile(site);
        var bytes = File.ReadAllBytes(plan);
        File.WriteAllBytes(plan, content switch
        {
            "truncated" => bytes[..(bytes.Length * 2 / 3)],
            "huge count" => WithCardCount(bytes, int.MaxValue),
            _ => [],
        });
        File.AppendAllText(Path.Combine(site.Root, Briefing), "\nOne more sentence.\n");

        Assert.Equal(0, site.Build().ExitCode);

        Assert.Equal(bytes, File.ReadAllBytes(plan));
        BuildCacheTests.AssertEqualsCleanBuild(site);
    }

    /// <summary>The plan with its card count (after the header and the key) replaced by <paramref name="count"/>.</summary>
    private static byte[] WithCardCount(byte[] bytes, int count)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        _ = reader.ReadString();
        _ = reader.ReadString();
        _ = reader.ReadBytes(16);
        var copy = bytes.ToArray();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan((int)reader.BaseStream.Position), count);
        return copy;
    }

    private static string PlanFile(TestSite site) => Path.Combine(site.Root, ".briefing", "cache", "card-plan.bin");

    private static string CardOf(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "<meta property=\"og:image\" content=\"([^\"]+)\"").Groups[1].Value;
}
