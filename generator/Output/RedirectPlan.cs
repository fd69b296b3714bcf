using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// Every alias of the site (briefings, pages, companies, people, authors, tags) as a redirect, checked against the whole
/// output plan: an alias may not take the place of a file the build writes (whatever planned it), sit inside or around
/// one, or repeat another alias (BRF051, at the alias). A site without aliases costs one pass over its briefings.
/// </summary>
internal static class RedirectPlan
{
    /// <summary>The route of Netlify's redirect rules, written when the site has an alias.</summary>
    public const string NetlifyRedirects = "/_redirects";

    /// <summary>The redirects in route order, or every one reported in <paramref name="diagnostics"/> (then none are returned).</summary>
    /// <param name="outputs">Every route the build writes besides redirects.</param>
    public static IReadOnlyList<Redirect> Plan(SiteModel model, IReadOnlyCollection<string> outputs, ICollection<Diagnostic> diagnostics)
    {
        var all = Collect(model);
        if (all.Count == 0)
        {
            return [];
        }

        // Reported at the later of two places, in file order, so the same alias is blamed whatever order pages are planned in.
        all.Sort((a, b) => string.CompareOrdinal(a.Span.Path, b.Span.Path) is var byPath and not 0 ? byPath
            : a.Span.Line != b.Span.Line ? a.Span.Line.CompareTo(b.Span.Line) : a.Span.Column.CompareTo(b.Span.Column));
        var files = new HashSet<string>(outputs.Count + 1, StringComparer.Ordinal) { Routes.OutputFile(NetlifyRedirects) };
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var route in outputs)
        {
            var file = Routes.OutputFile(route);
            files.Add(file);
            for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
            {
                if (!folders.Add(file[..slash]))
                {
                    break;
                }
            }
        }

        var taken = new Dictionary<string, Redirect>(StringComparer.Ordinal);
        var errors = 0;
        foreach (var redirect in all)
        {
            if (Collision(redirect, files, folders, taken) is { } problem)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.AliasCollision, redirect.Span, problem));
                errors++;
                continue;
            }

            taken.Add(Routes.OutputFile(redirect.From), redirect);
        }

        return errors > 0 ? [] : [.. taken.Values.OrderBy(r => r.From, StringComparer.Ordinal)];
    }

    /// <summary>The routes redirects are written to: each old route, and <see cref="NetlifyRedirects"/> when there is one.</summary>
    public static IEnumerable<string> Outputs(IReadOnlyList<Redirect> redirects) =>
        redirects.Count == 0 ? [] : [.. redirects.Select(r => r.From), NetlifyRedirects];

    private static List<Redirect> Collect(SiteModel model)
    {
        var all = new List<Redirect>();
        foreach (var article in model.Articles)
        {
            foreach (var alias in article.Aliases)
            {
                all.Add(new Redirect(alias.Route, article.Url, article.Title, alias.Span));
            }
        }

        foreach (var page in model.Pages)
        {
            all.AddRange(page.Aliases.Select(a => new Redirect(a.Route, page.Url, page.Title, a.Span)));
        }

        foreach (var company in model.Companies.Values)
        {
            all.AddRange(company.UrlAliases.Select(a => new Redirect(a.Route, Routes.Company(company.Slug), company.Name, a.Span)));
        }

        foreach (var person in model.People.Values)
        {
            all.AddRange(person.UrlAliases.Select(a => new Redirect(a.Route, Routes.Person(person.Slug), person.Name, a.Span)));
        }

        foreach (var author in model.Authors.Values)
        {
            all.AddRange(author.UrlAliases.Select(a => new Redirect(a.Route, Routes.Author(author.Slug), author.Name, a.Span)));
        }

        foreach (var tag in model.Tags.Values)
        {
            all.AddRange(tag.UrlAliases.Select(a => new Redirect(a.Route, Routes.Tag(tag.Slug), tag.Name, a.Span)));
        }

        return all;
    }

    private static string? Collision(Redirect redirect, HashSet<string> files, HashSet<string> folders, Dictionary<string, Redirect> taken)
    {
        var from = redirect.From;
        var file = Routes.OutputFile(from);
        if (from == redirect.To)
        {
            return $"alias {from} is the URL this page is published at; remove it from 'aliases'";
        }

        if (from == "/" || files.Contains(file))
        {
            return $"alias {from} is the URL of a page the build writes; an alias must be an old URL that nothing else uses";
        }

        if (from.StartsWith(Routes.SearchIndex, StringComparison.Ordinal) || from.StartsWith(Routes.Asset(string.Empty), StringComparison.Ordinal))
        {
            return $"alias {from} is inside {(from.StartsWith(Routes.SearchIndex, StringComparison.Ordinal) ? Routes.SearchIndex : Routes.Asset(string.Empty))}, which the build owns; choose the old URL itself";
        }

        if (taken.TryGetValue(file, out var other))
        {
            return $"alias {from} is also an alias at {other.Span} (to {other.To}); one old URL redirects to one page, so keep one";
        }

        // A folder where a file is written (/feed.xml/), or a file where a folder of pages is (/briefings.html is fine, /briefings is a folder).
        for (var slash = file.IndexOf('/'); slash > 0; slash = file.IndexOf('/', slash + 1))
        {
            if (files.Contains(file[..slash]) || taken.ContainsKey(file[..slash]))
            {
                return $"alias {from} would need a folder where the file /{file[..slash]} is written";
            }
        }

        return folders.Contains(file) ? $"alias {from} would be a file where the build writes the folder /{file}/" : null;
    }
}
