using System.Buffers;
using Briefing.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Rendering;

/// <summary>
/// Links the first mention of each registry company and person in a briefing's body to its page: names and aliases,
/// case-sensitive, whole words only ("AWS" never inside "AWSome"), never inside a link, code or a heading, and not
/// at all when the body already links the entity's page by hand (written as its route, <c>/companies/aws/</c>). Works on
/// the Markdig syntax tree, so Markdown structure is never guessed from text. Read-only after construction: one
/// instance serves every thread; each <see cref="Apply"/> keeps its own state.
/// </summary>
public sealed class EntityLinker
{
    /// <summary>For each first word of a name: the names that start with it, longest first, with their routes.</summary>
    private readonly Dictionary<string, (string Name, string Route)[]> _byFirstWord;
    private readonly Dictionary<string, (string Name, string Route)[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWordSpan;

    /// <summary>The first letters of the names: a body's text is searched for these, and only their words are looked up.</summary>
    private readonly SearchValues<char> _nameStarts;

    /// <param name="names">Every name and alias with the route of its page; the first route given for a name wins.</param>
    public EntityLinker(IEnumerable<(string Name, string Route)> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        _byFirstWord = names
            .Where(n => n.Name.Length > 0 && IsWordChar(n.Name[0]) && IsWordChar(n.Name[^1]) && seen.Add(n.Name))
            .GroupBy(n => FirstWord(n.Name, 0), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Name.Length).ThenBy(n => n.Name, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
        _byFirstWordSpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _nameStarts = SearchValues.Create(_byFirstWord.Keys.Select(k => k[0]).Distinct().Order().ToArray());
    }

    /// <summary>Companies first, then people, each by slug: a name two entries share links to the first.</summary>
    public static EntityLinker For(SiteModel model) => new(
        model.Companies.Values.OrderBy(c => c.Slug, StringComparer.Ordinal)
            .SelectMany(c => c.Aliases.Prepend(c.Name).Select(n => (n, Routes.Company(c.Slug))))
            .Concat(model.People.Values.OrderBy(p => p.Slug, StringComparer.Ordinal)
                .SelectMany(p => p.Aliases.Prepend(p.Name).Select(n => (n, Routes.Person(p.Slug))))));

    public void Apply(MarkdownDocument document)
    {
        var literals = new List<LiteralInline>();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is not HeadingBlock && leaf is not CodeBlock && leaf.Inline is { } inline)
            {
                Collect(inline, literals);
            }
        }

        // An entity the editor already linked by hand is not linked a second time.
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url)
            {
                linked.Add(url);
            }
        }

        foreach (var literal in literals)
        {
            var current = literal;
            while (current is not null)
            {
                current = LinkFirst(current, linked);
            }
        }
    }

    private static void Collect(ContainerInline container, List<LiteralInline> literals)
    {
        foreach (var child in container)
        {
            switch (child)
            {
                case LinkInline:
                    break;
                case LiteralInline literal:
                    literals.Add(literal);
                    break;
                case ContainerInline nested:
                    Collect(nested, literals);
                    break;
            }
        }
    }

    /// <summary>Links the first not-yet-linked name in <paramref name="literal"/>; returns the text after it to scan next, or null.</summary>
    private LiteralInline? LinkFirst(LiteralInline literal, HashSet<string> linked)
    {
        var text = literal.Content.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            // Only a word that starts as some name does is looked up (most words start with a lowercase letter): the
            // text is searched for those letters, vectorized, and never becomes a string unless a name is linked.
            var next = text[i..].IndexOfAny(_nameStarts);
            if (next < 0)
            {
                return null;
            }

            i += next;
            if ((i > 0 && IsWordChar(text[i - 1])) || !_byFirstWordSpan.TryGetValue(FirstWordSpan(text, i), out var candidates))
            {
                i++;
                continue;
            }

            // The longest name written here decides, linked or not: "Amazon Web Services" is never "Amazon".
            var match = -1;
            for (var k = 0; k < candidates.Length && match < 0; k++)
            {
                var candidateEnd = i + candidates[k].Name.Length;
                if (text[i..].StartsWith(candidates[k].Name, StringComparison.Ordinal)
                    && (candidateEnd == text.Length || !IsWordChar(text[candidateEnd])))
                {
                    match = k;
                }
            }

            if (match < 0)
            {
                i++;
                continue;
            }

            var (name, route) = candidates[match];
            var end = i + name.Length;
            if (linked.Contains(route))
            {
                i = end;
                continue;
            }

            linked.Add(route);
            var link = new LinkInline(route, string.Empty) { IsClosed = true };
            link.AppendChild(new LiteralInline(name));
            var before = i > 0 ? text[..i].ToString() : null;
            var rest = end < text.Length ? text[end..].ToString() : null;
            literal.ReplaceBy(link);
            if (before is not null)
            {
                link.InsertBefore(new LiteralInline(before));
            }

            if (rest is null)
            {
                return null;
            }

            var after = new LiteralInline(rest);
            link.InsertAfter(after);
            return after;
        }

        return null;
    }

    private static string FirstWord(string text, int start) => FirstWordSpan(text, start).ToString();

    private static ReadOnlySpan<char> FirstWordSpan(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        return text.Slice(start, end - start);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
