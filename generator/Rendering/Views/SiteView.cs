namespace Briefing.Rendering.Views;

/// <summary>What every template sees as <c>site</c>. URLs are ready for an href.</summary>
public sealed record SiteView(
    string Title,
    string Description,
    string Language,
    string? Author,
    string BaseUrl,
    string HomeUrl,
    string CompaniesUrl,
    string PeopleUrl,
    string TagsUrl,
    string FeedUrl,
    string StylesheetUrl);
