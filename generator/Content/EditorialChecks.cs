using System.Globalization;
using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// Checks that keep a valid site readable: summaries that fit a social card, sources cited, registries that are
/// used, names in the body tagged in the front matter, and no scaffold text left by <c>briefing new</c>.
/// </summary>
internal static class EditorialChecks
{
    /// <summary>A tweet's length: lists, feeds and social cards show about this much.</summary>
    public const int SummaryLimit = 280;

    /// <summary>
    /// A summary still holding the placeholder: an error when the briefing is meant to be published (not a draft),
    /// since it would reach feeds and social cards; a warning in a draft, so a new briefing can be previewed.
    /// </summary>
    public static void SummaryPlaceholders(IReadOnlyList<ParsedArticle> articles, DiagnosticBag diagnostics)
    {
        foreach (var article in articles.Where(a => Placeholders.IsIn(a.Summary)))
        {
            const string message = "the summary is still the placeholder that 'briefing new' wrote; replace it with one or two sentences";
            if (article.Draft)
            {
                diagnostics.Warning(DiagnosticCodes.Placeholder, article.SummarySpan, message + " before you publish");
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.Placeholder, article.SummarySpan,
                    message + " (a briefing that is not a draft cannot be published with it)");
            }
        }
    }

    public static void DescriptionPlaceholder(Located<string>? description, DiagnosticBag diagnostics)
    {
        if (description is { } d && Placeholders.IsIn(d.Value))
        {
            diagnostics.Warning(DiagnosticCodes.Placeholder, d.Span,
                "the description is still the placeholder that 'briefing new' wrote; replace it with one sentence or remove the line");
        }
    }

    /// <summary>The checks that assume valid content: run only when loading found no error.</summary>
    /// <param name="cache">Where a briefing's checks from an earlier build are kept: reused when neither the file nor the
    /// registry names it is searched for changed.</param>
    /// <param name="index">The index of <paramref name="companies"/>' and <paramref name="people"/>'s names, being made
    /// beside the stages before (null: made here, when a briefing's checks are not cached).</param>
    public static void Run(IReadOnlyList<ParsedArticle> articles, IReadOnlyList<CompanyEntry> companies, IReadOnlyList<Person> people,
        DiagnosticBag diagnostics, ParseCache? cache = null, Task<MentionIndex>? index = null)
    {
        var names = new Lazy<MentionIndex>(() => index?.GetAwaiter().GetResult() ?? new MentionIndex(companies.Select(c => c.Company), people));
        var namesKey = NamesKey(companies, people);
        var found = new IReadOnlyList<Diagnostic>[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            if (cache?.Checks(articles[i].SourcePath, namesKey) is { } cached)
            {
                found[i] = cached;
                return;
            }

            var bag = new DiagnosticBag();
            CheckArticle(articles[i], names.Value, bag);
            found[i] = bag.Items;
            cache?.PutChecks(articles[i].SourcePath, namesKey, bag.Items);
        });

        foreach (var items in found)
        {
            diagnostics.AddRange(items);
        }

        CheckUnmentioned(articles, companies, people, diagnostics);
    }

    /// <summary>A hash of every registry name and alias the body checks search for (with the slug each belongs to).</summary>
    private static UInt128 NamesKey(IReadOnlyList<CompanyEntry> companies, IReadOnlyList<Person> people)
    {
        var hash = new System.IO.Hashing.XxHash128();
        void Add(string text)
        {
            hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
            hash.Append([0, 0]);
        }

        foreach (var (kind, slug, name, aliases) in companies.Select(c => ("c", c.Company.Slug, c.Company.Name, c.Company.Aliases))
                     .Concat(people.Select(p => ("p", p.Slug, p.Name, p.Aliases))))
        {
            Add(kind);
            Add(slug);
            Add(name);
            hash.Append(BitConverter.GetBytes(aliases.Count));
            foreach (var alias in aliases)
            {
                Add(alias);
            }
        }

        return hash.GetCurrentHashAsUInt128();
    }

    private static void CheckArticle(ParsedArticle article, MentionIndex names, DiagnosticBag bag)
    {
        // A summary of at most SummaryLimit UTF-16 units has at most as many text elements: only a longer one is counted.
        if (article.Summary.Length > SummaryLimit && new StringInfo(article.Summary.Trim()).LengthInTextElements is var length && length > SummaryLimit)
        {
            bag.Warning(DiagnosticCodes.SummaryTooLong, article.SummarySpan,
                $"the summary has {length} characters; lists, feeds and social cards cut it after {SummaryLimit}, so shorten it");
        }

        if (article.Sources.Count == 0)
        {
            bag.Warning(DiagnosticCodes.NoSources, article.SourcesSpan,
                "this briefing cites no sources; add at least one under 'sources' (a name, and a url when there is one)");
        }

        var reported = new HashSet<MentionedEntry>();
        foreach (var mention in names.Find(article.Body.Text))
        {
            var entries = mention.Entries;
            if (Listed(article, entries) || !reported.Add(entries[0]))
            {
                continue;
            }

            var span = new SourceSpan(article.SourcePath, article.BodyLine + mention.Line, mention.Column);
            bag.Warning(DiagnosticCodes.NameNotInFrontMatter, span, entries switch
            {
                [{ IsCompany: true } e] => $"'{mention.Text}' names the company '{e.Slug}', which is missing from this briefing's 'companies'; add it there",
                [var e] => $"'{mention.Text}' names the person '{e.Slug}', who is missing from this briefing's 'people'; add them there",
                _ => $"'{mention.Text}' names {string.Join(" or ", entries.Select(e => $"the {(e.IsCompany ? "company" : "person")} '{e.Slug}'"))}, "
                     + "none of which this briefing's front matter lists; add the one it means to 'companies' or 'people'",
            });
        }
    }

    /// <summary>Whether the front matter lists any of <paramref name="entries"/> (loops: this runs for every name a body mentions).</summary>
    private static bool Listed(ParsedArticle article, IReadOnlyList<MentionedEntry> entries)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var (slug, isCompany) = entries[i];
            var listed = isCompany ? article.Companies : article.People;
            for (var j = 0; j < listed.Count; j++)
            {
                if (listed[j].Value == slug)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void CheckUnmentioned(IReadOnlyList<ParsedArticle> articles, IReadOnlyList<CompanyEntry> companies,
        IReadOnlyList<Person> people, DiagnosticBag diagnostics)
    {
        // Two sets of slugs, not one of prefixed strings: no string made per mention (~2% of a rebuild's memory). Each
        // is filled on a core of its own: this runs between loading and planning, where the other core is idle.
        var companySlugs = new HashSet<string>(StringComparer.Ordinal);
        var personSlugs = new HashSet<string>(StringComparer.Ordinal);
        Parallel.Invoke(
            () =>
            {
                foreach (var article in articles)
                {
                    foreach (var company in article.Companies)
                    {
                        companySlugs.Add(company.Value);
                    }

                    foreach (var move in article.Moves)
                    {
                        companySlugs.Add(move.From.Value);
                        if (move.To is { } to)
                        {
                            companySlugs.Add(to.Value);
                        }
                    }
                }
            },
            () =>
            {
                foreach (var article in articles)
                {
                    foreach (var person in article.People)
                    {
                        personSlugs.Add(person.Value);
                    }
                }
            });

        // A parent is used by its subsidiaries: its page rolls up their briefings.
        companySlugs.UnionWith(companies.Where(c => c.Company.Parent is not null).Select(c => c.Company.Parent!));

        foreach (var company in companies.Select(c => c.Company).Where(c => !companySlugs.Contains(c.Slug)))
        {
            diagnostics.Warning(DiagnosticCodes.UnmentionedEntry, SourceSpan.File(company.SourcePath),
                $"no briefing or company mentions the company '{company.Slug}' ({company.Name}); list it in a briefing's 'companies', or remove this file");
        }

        foreach (var person in people.Where(p => !personSlugs.Contains(p.Slug)))
        {
            diagnostics.Warning(DiagnosticCodes.UnmentionedEntry, SourceSpan.File(person.SourcePath),
                $"no briefing mentions the person '{person.Slug}' ({person.Name}); list them in a briefing's 'people', or remove this file");
        }
    }
}
