using Briefing.Model;

namespace Briefing.Tests.Model;

/// <summary>How an editor's spelling of an old URL becomes a route, and which shapes count as a briefing's URL.</summary>
public sealed class AliasPathTests
{
    [Theory]
    [InlineData("/old/path/", "/old/path/")]
    [InlineData("old/path", "/old/path/")]
    [InlineData("  /old/path  ", "/old/path/")]
    [InlineData("/2019/05/story.html", "/2019/05/story.html")]
    [InlineData("/Über-uns", "/Über-uns/")]
    public void APath_IsNormalizedToARoute(string text, string route)
    {
        Assert.Equal(route, AliasPath.Normalize(text, out var problem));
        Assert.Equal(string.Empty, problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("mailto:x@example.org")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/a/./b/")]
    [InlineData("/a/:slug/")]
    [InlineData("/a%20b/")]
    [InlineData("/a\\b/")]
    public void ANonPath_IsRefused(string text)
    {
        Assert.Null(AliasPath.Normalize(text, out var problem));
        Assert.NotEqual(string.Empty, problem);
    }

    [Theory]
    [InlineData("/briefings/2025/old-slug/", true)]
    [InlineData("/briefings/2025/", false)]
    [InlineData("/2025/old-slug/", false)]
    [InlineData("/briefings/2025/old-slug/extra/", false)]
    public void OnlyBriefingShapedRoutes_CanGiveAFeedId(string route, bool shaped) =>
        Assert.Equal(shaped, AliasPath.IsArticleShaped(route));
}
