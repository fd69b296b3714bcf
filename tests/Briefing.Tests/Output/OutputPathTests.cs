using Briefing.Model;
using Briefing.Output;

namespace Briefing.Tests.Output;

/// <summary>The site snapshot is asked about a kept file with its path written on the stack: it must be the path a string would name.</summary>
public sealed class OutputPathTests
{
    [Theory]
    [InlineData("/site/public", "/")]
    [InlineData("/site/public", "/briefings/2025/vasi-philomin-leaves-aws/")]
    [InlineData("/site/public/", "/companies/zoë-labs/page/3/")]
    [InlineData("/site/public", "/feeds/companies/aws.xml")]
    [InlineData("/", "/index.xml")]
    public void TheWrittenPath_IsThePathOfTheRoutesFile(string output, string route)
    {
        Span<char> buffer = stackalloc char[OutputPath.MaxStackLength];

        Assert.True(OutputPath.TryWrite(output, route, buffer, out var length));
        Assert.Equal(Path.Combine(output, Routes.OutputFile(route)), buffer[..length].ToString());
        Assert.Equal(Path.Combine(output, Routes.OutputFile(route)), OutputPath.Of(output, route));
    }

    [Fact]
    public void APathLongerThanTheBuffer_IsNotWritten()
    {
        Span<char> buffer = stackalloc char[16];

        Assert.False(OutputPath.TryWrite("/site/public", "/briefings/2025/a-long-slug/", buffer, out var length));
        Assert.Equal(0, length);
    }
}
