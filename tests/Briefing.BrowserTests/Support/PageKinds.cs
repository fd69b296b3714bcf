namespace Briefing.BrowserTests.Support;

/// <summary>Every kind of page a reader can reach, by name; <see cref="BuiltSite.PathOf"/> finds one of each in a built site.</summary>
public static class PageKinds
{
    public const string Home = "home";
    public const string HomePage2 = "home-page-2";
    public const string Briefing = "briefing";
    public const string Company = "company";
    public const string Person = "person";
    public const string Tag = "tag";
    public const string Companies = "companies";
    public const string People = "people";
    public const string Tags = "tags";
    public const string Moves = "moves";
    public const string Feeds = "feeds";
    public const string Search = "search";
    public const string NotFound = "404";
    public const string Author = "author";
    public const string Authors = "authors";
    public const string Archive = "archive";
    public const string ArchiveYear = "archive-year";
    public const string ArchiveMonth = "archive-month";
    public const string Corrections = "corrections";

    /// <summary>The weekly digest's list of editions, its newest edition, and the subscribe page.</summary>
    public const string Digest = "digest";
    public const string Edition = "edition";
    public const string Subscribe = "subscribe";

    /// <summary>A standalone page (<c>content/pages/about.md</c> in both sites), linked from the main and footer menus.</summary>
    public const string Page = "page";

    /// <summary>The page kinds of both sites. The real site has one home page (fewer briefings than <c>per_page</c>), so page 2 is the fixture's only.</summary>
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var site in new[] { BuiltSite.FixtureName, BuiltSite.RealName })
        {
            foreach (var kind in new[] { Home, HomePage2, Briefing, Company, Person, Tag, Companies, People, Tags, Moves, Feeds, Search, NotFound, Author, Authors, Archive, ArchiveYear, ArchiveMonth, Corrections, Page, Digest, Edition, Subscribe })
            {
                if (site == BuiltSite.RealName && kind == HomePage2)
                {
                    continue;
                }

                data.Add(site, kind);
            }
        }

        return data;
    }
}
