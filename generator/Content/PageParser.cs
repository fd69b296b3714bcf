using Briefing.Model;

namespace Briefing.Content;

/// <summary>Reads one standalone page, <c>content/pages/&lt;slug&gt;.md</c>: split, YAML, shape checks, slug and menu names.</summary>
internal static class PageParser
{
    private static readonly string[] Keys = ["title", "summary", "slug", "type", "menu", "menu_title", "weight", "updated", "draft", "aliases"];

    private static readonly string[] Types = ["page", "about", "contact"];

    /// <summary>The parsed page, or null when it has errors (all of which are in <paramref name="diagnostics"/>).</summary>
    public static ParsedPage? Parse(string text, string relativePath, DiagnosticBag diagnostics)
    {
        if (FrontMatter.Read(text, relativePath, "a page", diagnostics) is not var (front, root))
        {
            return null;
        }

        var errorsBefore = diagnostics.Items.Count(d => d.IsError);
        var r = new MappingReader(root, relativePath, front.YamlLine, diagnostics, Keys);
        var title = r.String("title", required: true);
        var summary = r.String("summary", required: true);
        var menuTitle = r.String("menu_title");
        var weight = r.PositiveInt("weight");
        var draft = r.Bool("draft") ?? false;
        var slug = Slug(r, relativePath);
        var type = Type(r, slug.Value);
        var menus = Menus(r);
        var updated = Updated(r);
        var aliases = AliasList.Read(r);

        UnsafeLinks.Check(front.Body, relativePath, front.BodyLine, diagnostics);

        if (diagnostics.Items.Count(d => d.IsError) != errorsBefore || title is null || summary is null)
        {
            return null;
        }

        var page = new Page(relativePath, slug.Value, title.Value.Value, summary.Value.Value, type, menus, menuTitle?.Value, weight?.Value,
            updated, draft, new BodyText(front.Body), front.BodyLine) { Aliases = aliases, SlugSpan = slug.Span };
        return new ParsedPage(page, summary.Value.Span);
    }

    private static Located<string> Slug(MappingReader r, string relativePath)
    {
        var fromFile = !r.Has("slug");
        var slug = r.String("slug") ?? new Located<string>(Path.GetFileNameWithoutExtension(relativePath), SourceSpan.File(relativePath));
        var origin = fromFile ? " (it comes from the file name; rename the file or set 'slug')" : string.Empty;
        if (!Model.Slug.IsValid(slug.Value))
        {
            r.Diagnostics.Error(DiagnosticCodes.InvalidSlug, slug.Span,
                $"slug '{slug.Value}' is not a safe URL segment: use lowercase letters, digits and single hyphens{origin}");
        }
        else if (Routes.ReservedSegments.Contains(slug.Value))
        {
            r.Diagnostics.Error(DiagnosticCodes.ReservedPageSlug, slug.Span,
                $"a page cannot be published at {Routes.Page(slug.Value)}: the site generates that route itself; "
                + (fromFile ? "rename the file or set another 'slug'" : "choose another 'slug'"));
        }

        return slug;
    }

    /// <summary>The page's type: <c>type:</c> when given, else <c>about</c> for the page whose slug is <c>about</c>.</summary>
    private static PageType Type(MappingReader r, string slug)
    {
        if (r.String("type") is not { } type)
        {
            return slug == "about" ? PageType.About : PageType.Page;
        }

        switch (type.Value)
        {
            case "page": return PageType.Page;
            case "about": return PageType.About;
            case "contact": return PageType.Contact;
        }

        var hint = Suggest.Closest(type.Value.ToLowerInvariant(), Types);
        r.Diagnostics.Error(DiagnosticCodes.UnknownPageType, type.Span,
            $"unknown page type '{type.Value}' (use page, about or contact{(hint is null ? string.Empty : $"; did you mean '{hint}'?")})");
        return PageType.Page;
    }

    private static string[] Menus(MappingReader r)
    {
        var menus = new List<string>();
        foreach (var menu in r.StringOrList("menu"))
        {
            if (MenuReader.Check(menu, r.Diagnostics) && !menus.Contains(menu.Value))
            {
                menus.Add(menu.Value);
            }
        }

        return [.. menus];
    }

    private static PublishDate? Updated(MappingReader r)
    {
        if (r.String("updated") is not { } text)
        {
            return null;
        }

        if (PublishDate.TryParse(text.Value.Trim(), out var date))
        {
            return date;
        }

        r.Diagnostics.Error(DiagnosticCodes.InvalidDate, text.Span,
            $"'updated' is not an ISO 8601 date: '{text.Value}' (write 2025-06-26 or 2025-06-26T09:00:00Z)");
        return null;
    }
}
