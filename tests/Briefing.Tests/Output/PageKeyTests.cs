using Briefing.Output;

namespace Briefing.Tests.Output;

/// <summary>
/// A page's cache key is hashed in one shot over a stack buffer; it must be the key the general form computes over the
/// same route and bodies, or a page of one build would be keyed apart from the feeds and digest files of another.
/// </summary>
public sealed class PageKeyTests
{
    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/briefings/2025/vasi-philomin-leaves-aws/")]
    [InlineData("/companies/zoë-labs/page/3/")]
    public void APageKey_EqualsTheGeneralKey_WithAndWithoutABody(string route)
    {
        var build = new UInt128(0x0123456789abcdef, 0xfedcba9876543210);
        var body = new UInt128(42, 7);

        Assert.Equal(BuildFingerprint.Key(build, route, [body]), BuildFingerprint.Key(build, route, (UInt128?)body));
        Assert.Equal(BuildFingerprint.Key(build, route, []), BuildFingerprint.Key(build, route, (UInt128?)null));
    }

    [Fact]
    public void ARouteTooLongForTheStackBuffer_IsKeyedAsTheGeneralFormKeysIt()
    {
        var route = "/" + new string('a', 600) + "/";
        var build = new UInt128(1, 2);

        Assert.Equal(BuildFingerprint.Key(build, route, [new UInt128(3, 4)]), BuildFingerprint.Key(build, route, (UInt128?)new UInt128(3, 4)));
        Assert.NotEqual(BuildFingerprint.Key(build, route, [new UInt128(3, 4)]), BuildFingerprint.Key(build, route, (UInt128?)new UInt128(3, 5)));
    }
}
