using Briefing.Model;
using Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>The <c>/feeds/</c> page: every feed the build writes, grouped, with absolute URLs.</summary>
public sealed partial class ViewFactory
{
    public const string RssType = "application/rss+xml";
    public const string AtomType = "application/atom+xml";
    public const string JsonFeedType = "application/feed+json";

    public FeedsPageView FeedsPage()
    {
        var total = _model.Articles.Count;
        var site = new[]
        {
            Feed("All briefings", "RSS", RssType, Routes.Feed, null, total),
            Feed("All briefings", "Atom", AtomType, Routes.AtomFeed, null, total),
            Feed("All briefings", "JSON Feed", JsonFeedType, Routes.JsonFeed, null, total),
            Feed("Talent moves", "RSS", RssType, Routes.MovesFeed, Routes.MovesIndex, _model.Moves.Count),
            Feed("Corrections", "RSS", RssType, Routes.CorrectionsFeed, Routes.CorrectionsIndex, _model.Articles.Sum(a => a.Corrections.Count)),
            Feed("Weekly digest", "RSS", RssType, Routes.DigestFeed, null, 0),
        };
        var companies = Sorted(_model.Companies.Values.Select(c =>
            (c.Slug, Feed(c.Name, "RSS", RssType, Routes.CompanyFeed(c.Slug), Routes.Company(c.Slug), Count(_model.ArticlesByCompany, c.Slug)))));
        var people = Sorted(_model.People.Values.Select(p =>
            (p.Slug, Feed(p.Name, "RSS", RssType, Routes.PersonFeed(p.Slug), Routes.Person(p.Slug), Count(_model.ArticlesByPerson, p.Slug)))));
        var tags = Sorted(_model.Tags.Values.Select(t =>
            (t.Slug, Feed(t.Name, "RSS", RssType, Routes.TagFeed(t.Slug), Routes.Tag(t.Slug), Count(_model.ArticlesByTag, t.Slug)))));
        FeedGroupView[] groups =
        [
            new FeedGroupView("Site", "feeds-site", null, site),
            new FeedGroupView("Companies", "feeds-companies", _urls.Link(Routes.CompanyFeedsOpml), companies),
            new FeedGroupView("People", "feeds-people", _urls.Link(Routes.PersonFeedsOpml), people),
            new FeedGroupView("Tags", "feeds-tags", _urls.Link(Routes.TagFeedsOpml), tags),
        ];
        if (_model.Authors.Count > 0)
        {
            var authors = Sorted(_model.Authors.Values.Select(a =>
                (a.Slug, Feed(a.Name, "RSS", RssType, Routes.AuthorFeed(a.Slug), Routes.Author(a.Slug), Count(_model.ArticlesByAuthor, a.Slug)))));
            groups = [.. groups, new FeedGroupView("Authors", "feeds-authors", _urls.Link(Routes.AuthorFeedsOpml), authors)];
        }

        return new FeedsPageView(_urls.Link(Routes.FeedsOpml), _urls.Absolute(Routes.FeedsOpml), groups);
    }

    private FeedEntryView Feed(string name, string format, string mediaType, string route, string? pageRoute, int count) =>
        new(name, format, mediaType, _urls.Link(route), _urls.Absolute(route), pageRoute is null ? null : _urls.Link(pageRoute), count);

    private static FeedEntryView[] Sorted(IEnumerable<(string Slug, FeedEntryView Entry)> entries) => entries
        .OrderBy(e => e.Entry.Name, StringComparer.InvariantCultureIgnoreCase)
        .ThenBy(e => e.Slug, StringComparer.Ordinal)
        .Select(e => e.Entry)
        .ToArray();

    private static int Count(IReadOnlyDictionary<string, IReadOnlyList<Article>> index, string slug) =>
        index.TryGetValue(slug, out var list) ? list.Count : 0;
}
