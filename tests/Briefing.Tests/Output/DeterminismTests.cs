using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

public sealed class DeterminismTests
{
    [Fact]
    public void TwoBuildsOfTheSameInput_AreByteIdentical()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var first = Path.Combine(site.Root, "out1");
        var second = Path.Combine(site.Root, "out2");

        Assert.Equal(0, site.Build("--output", first).ExitCode);
        Assert.Equal(0, site.Build("--output", second).ExitCode);

        var files1 = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToArray();
        var files2 = Directory.GetFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files1, files2);
        Assert.All(files1, f => Assert.Equal(File.ReadAllBytes(Path.Combine(first, f)), File.ReadAllBytes(Path.Combine(second, f))));
    }

    [Fact]
    public void Output_IsUtf8WithoutBom_WithLfLineEndings()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);

        foreach (var file in Directory.GetFiles(site.Output, "*.*", SearchOption.AllDirectories)
                     .Where(f => Path.GetExtension(f) is not (".svg" or ".png" or ".ico" or ".jpg" or ".webp")))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8), file);
            Assert.DoesNotContain((byte)'\r', bytes);
        }
    }
}
