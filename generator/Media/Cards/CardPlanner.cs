using System.Globalization;
using Briefing.Model;

namespace Briefing.Media.Cards;

/// <summary>
/// The cards of a site: one per briefing, company, person and tag (shared by a list's later pages) and the home page,
/// in a fixed order. What each shows is decided here; how it looks is the theme's layout.
/// </summary>
public static class CardPlanner
{
    public static IReadOnlyList<CardJob> Plan(SiteModel model)
    {
        var site = model.Config.Title;
        var jobs = new List<CardJob>(model.Articles.Count + model.Companies.Count + model.People.Count + model.Tags.Count + 1)
        {
            new(Routes.Home(), new CardContent("Latest briefings", model.Config.Description, string.Empty, string.Empty, site), "content/site.yml", "description"),
        };

        foreach (var article in model.Articles)
        {
            var companies = string.Join(", ", article.Companies.Select(slug => model.Companies.TryGetValue(slug, out var c) ? c.Name : slug));
            jobs.Add(new CardJob(article.Url, new CardContent("Briefing", article.Title, Day(article.Date.Day), companies, site), article.SourcePath, "title"));
        }

        foreach (var company in model.Companies.Values.OrderBy(c => c.Slug, StringComparer.Ordinal))
        {
            var parent = company.Parent is { } slug && model.Companies.TryGetValue(slug, out var p) ? $"part of {p.Name}" : string.Empty;
            jobs.Add(new CardJob(Routes.Company(company.Slug), new CardContent("Company", company.Name, Count(model.ArticlesByCompany, company.Slug), parent, site),
                company.SourcePath, "name"));
        }

        foreach (var person in model.People.Values.OrderBy(p => p.Slug, StringComparer.Ordinal))
        {
            jobs.Add(new CardJob(Routes.Person(person.Slug), new CardContent("Person", person.Name, Count(model.ArticlesByPerson, person.Slug), string.Empty, site),
                person.SourcePath, "name"));
        }

        foreach (var tag in model.Tags.Values.OrderBy(t => t.Slug, StringComparer.Ordinal))
        {
            jobs.Add(new CardJob(Routes.Tag(tag.Slug), new CardContent("Topic", tag.Name, Count(model.ArticlesByTag, tag.Slug), string.Empty, site),
                "content/tags.yml", tag.Slug));
        }

        return jobs;
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Count(IReadOnlyDictionary<string, IReadOnlyList<Article>> index, string slug)
    {
        var count = index.TryGetValue(slug, out var list) ? list.Count : 0;
        return count == 1 ? "1 briefing" : $"{count.ToString(CultureInfo.InvariantCulture)} briefings";
    }
}
