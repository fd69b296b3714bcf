using System.Globalization;
using System.Text;
using Briefing.Content;
using Briefing.Model;

namespace Briefing.Cli;

/// <summary>The files <c>briefing new</c> writes: valid content with placeholders that <c>briefing check</c> reports until replaced.</summary>
internal static class Scaffold
{
    public static string Briefing(string title, string date, string? slug, IReadOnlyList<string> companies, IReadOnlyList<string> people,
        IReadOnlyList<string> tags, IReadOnlyList<string>? authors = null)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("title: ").Append(Quote(title)).Append('\n');
        text.Append("date: ").Append(date).Append('\n');
        if (slug is not null)
        {
            text.Append("slug: ").Append(slug).Append('\n');
        }

        if (authors is { Count: > 0 })
        {
            text.Append("authors: ").Append(List(authors)).Append('\n');
        }

        text.Append("summary: ").Append(Quote(Placeholders.Summary)).Append('\n');
        text.Append("companies: ").Append(List(companies)).Append('\n');
        text.Append("people: ").Append(List(people)).Append('\n');
        text.Append("tags: ").Append(List(tags)).Append('\n');
        text.Append("""
            # moves:                      # the talent moves this briefing reports, if any
            #   - person: vasi-philomin   # or, when the reports name nobody: count: 3 and who: "OpenAI researchers"
            #     from: aws
            #     to: ~                   # ~ = undisclosed (departures only)
            #     role: "VP, Generative AI"
            #     kind: departure         # hire | departure | promotion | poach
            #     date: 2025-06-26
            sources: []
            #   - name: Reuters
            #     url: https://www.reuters.com/...
            draft: true                   # set to false (or remove) to publish
            ---

            """).Append('\n');
        return text.ToString();
    }

    /// <summary>A draft page: a summary to fill in, the menus it is in, and a weight to order them by.</summary>
    public static string Page(string title, IReadOnlyList<string> menus)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("title: ").Append(Quote(title)).Append('\n');
        text.Append("summary: ").Append(Quote(Placeholders.Summary)).Append('\n');
        text.Append(menus.Count > 0 ? $"menu: {List(menus)}\n" : "# menu: [main, footer]         # the menus that link this page\n");
        text.Append("""
            # menu_title: About             # the link text in menus, when shorter than the title
            # weight: 10                    # menu order, lower first
            # updated: 2025-06-26           # when the page last changed in substance
            draft: true                     # set to false (or remove) to publish
            ---

            """).Append('\n');
        return text.ToString();
    }

    public static string Company(string name, IReadOnlyList<string> aliases, string? parent, string? website)
    {
        var text = new StringBuilder();
        text.Append("name: ").Append(Quote(name)).Append('\n');
        text.Append("aliases: [").Append(string.Join(", ", aliases.Select(Quote))).Append("]\n");
        text.Append(parent is null ? "# parent: amazon               # the owning company's slug, if any\n" : $"parent: {parent}\n");
        text.Append(website is null ? "# website: https://www.example.com\n" : $"website: {website}\n");
        text.Append("description: ").Append(Quote(Placeholders.Description)).Append('\n');
        return text.ToString();
    }

    public static string Person(string name, IReadOnlyList<string> aliases)
    {
        var text = new StringBuilder();
        text.Append("name: ").Append(Quote(name)).Append('\n');
        text.Append("aliases: [").Append(string.Join(", ", aliases.Select(Quote))).Append("]\n");
        text.Append("description: ").Append(Quote(Placeholders.Description)).Append('\n');
        return text.ToString();
    }

    public static string Author(string name, string? role, string? email)
    {
        var text = new StringBuilder();
        text.Append("name: ").Append(Quote(name)).Append('\n');
        text.Append(role is null ? "# role: Editor                 # their job at the desk\n" : $"role: {Quote(role)}\n");
        text.Append("bio: ").Append(Quote(Placeholders.Description)).Append("   # Markdown: a few sentences about them\n");
        text.Append(email is null ? "# email: desk@example.org\n" : $"email: {email}\n");
        text.Append("""
            # links:                       # their profiles elsewhere
            #   - name: Website
            #     url: https://www.example.org/

            """);
        return text.ToString();
    }

    /// <summary>A date as front matter writes it: <c>2025-06-26</c>, <c>2025-06-26T09:00:00Z</c> or with its offset.</summary>
    public static string Date(PublishDate date)
    {
        if (!date.HasTime)
        {
            return date.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var instant = date.Instant;
        return instant.Offset == TimeSpan.Zero
            ? instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    private static string List(IReadOnlyList<string> slugs) => $"[{string.Join(", ", slugs)}]";

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\t' => quoted.Append("\\t"),
                < ' ' => quoted.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
