using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>
/// A few representative files of the fixture site, compared byte for byte with reviewed copies in Golden/.
/// <c>BRIEFING_UPDATE_GOLDEN=1 dotnet test</c> rewrites them; review the diff like code.
/// </summary>
public sealed class GoldenFileTests(BuiltFixture fixture) : IClassFixture<BuiltFixture>
{
    public static TheoryData<string> Files =>
    [
        "index.html",
        "briefings/2025/vasi-philomin-leaves-aws/index.html",
        "briefings/2025/escape-torture/index.html",
        "briefings/2025/openai-opens-zurich-lab/index.html",
        "companies/amazon/index.html",
        "people/jose-nunez/index.html",
        "companies/index.html",
        "about/index.html",
        "feed.xml",
        "sitemap.xml",
        "digest/2025-W26/index.html",
        "digest/2025-W26/email.html",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void GeneratedFile_MatchesItsGoldenCopy(string path)
    {
        var actual = fixture.Site.ReadOutput(path);
        var golden = Path.Combine(RepoPaths.Golden, path.Replace('/', Path.DirectorySeparatorChar));
        if (Environment.GetEnvironmentVariable("BRIEFING_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, actual);
            return;
        }

        Assert.True(File.Exists(golden), $"no golden copy of {path}; run BRIEFING_UPDATE_GOLDEN=1 dotnet test");
        var expected = File.ReadAllText(golden);
        if (expected != actual)
        {
            Assert.Fail($"{path} differs from its golden copy (BRIEFING_UPDATE_GOLDEN=1 dotnet test rewrites it):\n{FirstDifference(expected, actual)}");
        }
    }

    /// <summary>The first differing line with a little context, as a readable diff.</summary>
    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i])
        {
            i++;
        }

        var from = Math.Max(0, i - 2);
        var lines = new List<string>();
        for (var k = from; k < i; k++)
        {
            lines.Add($"  {k + 1,4}  {e[k]}");
        }

        lines.Add(i < e.Length ? $"- {i + 1,4}  {e[i]}" : "-       (end of golden file)");
        lines.Add(i < a.Length ? $"+ {i + 1,4}  {a[i]}" : "+       (end of generated file)");
        return string.Join('\n', lines);
    }
}
