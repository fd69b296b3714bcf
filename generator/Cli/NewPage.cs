using Briefing.Model;

namespace Briefing.Cli;

/// <summary><c>briefing new page</c>: checks the slug and menus it is given, then writes the scaffold of a draft page.</summary>
internal static class NewPage
{
    public sealed record Request(string Root, string Title, string? Slug, string[] Menus);

    public static int Run(Request request, TextWriter stdout, TextWriter stderr)
    {
        var problems = new List<string>();
        var title = request.Title.Trim();
        var slug = request.Slug ?? Model.Slug.From(title);
        if (request.Slug is not null && !Model.Slug.IsValid(request.Slug))
        {
            problems.Add($"--slug '{request.Slug}' is not a slug (lowercase letters, digits, single hyphens)");
        }
        else if (slug.Length == 0)
        {
            problems.Add($"the title '{title}' has no letters or digits to make a slug from; pass --slug");
        }
        else if (Routes.ReservedSegments.Contains(slug))
        {
            problems.Add($"a page cannot be published at {Routes.Page(slug)}: the site generates that route itself; pass another --slug");
        }

        foreach (var menu in request.Menus.Where(m => !MenuNames.All.Contains(m)))
        {
            problems.Add($"unknown menu '{menu}' in --menu (the menus are {string.Join(" and ", MenuNames.All)})");
        }

        var text = Scaffold.Page(title, request.Menus.Distinct(StringComparer.Ordinal).ToArray());
        return NewCommand.WriteFile(request.Root, $"content/pages/{slug}.md", problems, text, stdout, stderr);
    }
}
