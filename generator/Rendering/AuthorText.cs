using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>Plain-text descriptions of an author, for meta descriptions and the author's feed.</summary>
public static class AuthorText
{
    /// <summary>"Ana Ruiz, Editor at Talent Briefing: every briefing they wrote." (the role left out when there is none).</summary>
    public static string Describe(Author author, string siteTitle) =>
        author.Role is { } role
            ? $"{author.Name}, {role} at {siteTitle}: every briefing they wrote."
            : $"{author.Name} at {siteTitle}: every briefing they wrote.";
}
