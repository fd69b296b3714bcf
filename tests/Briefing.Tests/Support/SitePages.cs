namespace Briefing.Tests.Support;

/// <summary>
/// The HTML pages of a built site: every <c>.html</c> file except the weekly digest's emails
/// (<c>digest/YYYY-Www/email.html</c>), which are documents for mail clients, not pages of the site (no head, menus or
/// feeds; <c>Output/DigestEmailTests</c> holds them to what email clients need).
/// </summary>
public static class SitePages
{
    public static string[] Of(string output) => Directory.GetFiles(output, "*.html", SearchOption.AllDirectories)
        .Where(f => !IsEmail(Path.GetRelativePath(output, f).Replace('\\', '/')))
        .ToArray();

    public static bool IsEmail(string relative) => relative.StartsWith("digest/", StringComparison.Ordinal) && relative.EndsWith("/email.html", StringComparison.Ordinal);
}
