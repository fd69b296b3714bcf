using Briefing.Content;
using Briefing.Model;

namespace Briefing.Cli;

/// <summary><c>briefing new briefing</c>: checks the slugs it is given, then writes the scaffold of a draft briefing.</summary>
internal static class NewBriefing
{
    public sealed record Request(string Root, string Title, string? Slug, string? Date, string[] Companies, string[] People, string[] Tags)
    {
        /// <summary>Author slugs for the byline (<c>--author</c>); none leaves the briefing to site.yml's <c>default_authors</c>.</summary>
        public string[] Authors { get; init; } = [];
    }

    public static int Run(Request request, TimeProvider time, TextWriter stdout, TextWriter stderr)
    {
        var problems = new List<string>();
        var title = request.Title.Trim();
        var slug = request.Slug ?? Slug.From(title);
        if (request.Slug is not null && !Model.Slug.IsValid(request.Slug))
        {
            problems.Add($"--slug '{request.Slug}' is not a slug (lowercase letters, digits, single hyphens)");
        }
        else if (slug.Length == 0)
        {
            problems.Add($"the title '{title}' has no letters or digits to make a slug from; pass --slug");
        }

        var date = new PublishDate(Truncate(time.GetUtcNow()), HasTime: true);
        if (request.Date is not null && !PublishDate.TryParse(request.Date.Trim(), out date))
        {
            problems.Add($"--date '{request.Date}' is not an ISO 8601 date (write 2025-06-26 or 2025-06-26T09:00:00Z)");
        }

        var site = RegistryLookup.Load(request.Root);
        foreach (var company in request.Companies.Where(c => !site.HasCompany(c)))
        {
            problems.Add($"unknown company '{company}'{NewCommand.Hint(site.SuggestCompany(company), "company")}");
        }

        foreach (var person in request.People.Where(p => !site.HasPerson(p)))
        {
            problems.Add($"unknown person '{person}'{NewCommand.Hint(site.SuggestPerson(person), "person")}");
        }

        foreach (var author in request.Authors.Where(a => !site.HasAuthor(a)))
        {
            problems.Add($"unknown author '{author}'{NewCommand.Hint(site.SuggestAuthor(author), "author")}");
        }

        foreach (var tag in request.Tags.Where(t => !Model.Slug.IsValid(t)))
        {
            problems.Add($"tag '{tag}' is not a slug (lowercase letters, digits, single hyphens)");
        }

        foreach (var tag in request.Tags.Where(t => Model.Slug.IsValid(t) && !site.HasTag(t)))
        {
            var hint = site.SuggestTag(tag);
            stderr.WriteLine($"note: tag '{tag}' is not in content/tags.yml{(hint is null ? "; add it there to give it a name" : $" (did you mean '{hint}'?)")}");
        }

        var text = Scaffold.Briefing(title, Scaffold.Date(date), request.Slug, Distinct(request.Companies), Distinct(request.People),
            Distinct(request.Tags), Distinct(request.Authors));
        return NewCommand.WriteFile(request.Root, $"content/briefings/{date.Day.Year:D4}/{slug}.md", problems, text, stdout, stderr);
    }

    private static DateTimeOffset Truncate(DateTimeOffset now) =>
        new(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero);

    private static string[] Distinct(string[] slugs) => slugs.Distinct(StringComparer.Ordinal).ToArray();
}
