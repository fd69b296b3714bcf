using Briefing.Model;

namespace Briefing.Tests.Model;

/// <summary>The rule that decides which body link and image URLs are published.</summary>
public sealed class LinkSafetyTests
{
    [Theory]
    [InlineData("https://example.com/a")]
    [InlineData("HTTP://example.com/")]
    [InlineData("mailto:a@example.com")]
    [InlineData("/about/")]
    [InlineData("../x.html")]
    [InlineData("relative.md")]
    [InlineData("?q=a:b")]
    [InlineData("#top")]
    [InlineData("a/b:c")]
    [InlineData(":no-scheme")]
    [InlineData("")]
    [InlineData(null)]
    public void SafeUrl_HasNoUnsafeScheme(string? url)
    {
        // Given a URL a browser reads as http(s), mailto, relative or a fragment
        // When it is judged
        var scheme = LinkSafety.UnsafeScheme(url);

        // Then it is kept
        Assert.Null(scheme);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JAVASCRIPT:alert(1)", "javascript")]
    [InlineData("java\tscript:alert(1)", "javascript")]
    [InlineData(" \u0001java\nscr\ript:alert(1)", "javascript")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", "data")]
    [InlineData("vbscript:msgbox(1)", "vbscript")]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("ftp://example.com/", "ftp")]
    [InlineData("view-source:https://example.com/", "view-source")]
    public void UnsafeUrl_IsRefused_WithItsSchemeInLowerCase(string url, string expected)
    {
        // Given a URL with another scheme, however it is spelt
        // When it is judged
        var scheme = LinkSafety.UnsafeScheme(url);

        // Then its scheme is named, so it can be dropped and reported
        Assert.Equal(expected, scheme);
    }
}
