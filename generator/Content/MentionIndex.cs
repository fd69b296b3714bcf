using System.Buffers;
using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// Finds registered names and aliases in a briefing's body: whole words, case-sensitive, the longest name at each
/// place ("Google DeepMind" is not also "Google"), outside code and link destinations (see <see cref="ProseMask"/>).
/// </summary>
internal sealed class MentionIndex
{
    private readonly Dictionary<string, Name[]> _byFirstWord;
    private readonly Dictionary<string, Name[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Names are matched case-sensitively and mostly start with a capital: testing a word's first letter first skips
    // the dictionary lookup for most words of a body.
    private readonly SearchValues<char> _firstLetters;

    public MentionIndex(IEnumerable<Company> companies, IEnumerable<Person> people)
    {
        var names = companies.SelectMany(c => c.Aliases.Prepend(c.Name).Select(n => new Name(n.Trim(), [new(c.Slug, IsCompany: true)])))
            .Concat(people.SelectMany(p => p.Aliases.Prepend(p.Name).Select(n => new Name(n.Trim(), [new(p.Slug, IsCompany: false)]))))
            .Where(n => n.Text.Length > 0 && char.IsLetterOrDigit(n.Text[0]));
        // One name may belong to several entries ("Argent", and "Argent Cloud" aliased "Argent"): a mention of it is
        // a mention of each, so it is satisfied when the front matter lists any of them.
        _byFirstWord = names
            .GroupBy(n => n.Text, StringComparer.Ordinal)
            .Select(g => new Name(g.Key, g.Select(n => n.Entries[0]).Distinct().OrderBy(e => e.Slug, StringComparer.Ordinal).ToArray()))
            .GroupBy(n => n.Text[..WordEnd(n.Text, 0)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Text.Length).ToArray(), StringComparer.Ordinal);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstLetters = SearchValues.Create(string.Concat(_byFirstWord.Keys.Select(k => k[0]).Distinct()));
    }

    /// <summary>Every name found in <paramref name="body"/>, in reading order.</summary>
    public IReadOnlyList<Mention> Find(string body)
    {
        if (_byFirstWord.Count == 0)
        {
            return [];
        }

        var found = new List<Mention>();
        ProseMask.ForEachLine(body, (line, lineNumber) => FindInLine(line, lineNumber, found));
        return found;
    }

    private void FindInLine(ReadOnlySpan<char> line, int lineNumber, List<Mention> found)
    {
        var i = 0;
        while (i < line.Length)
        {
            if (!char.IsLetterOrDigit(line[i]) || (i > 0 && char.IsLetterOrDigit(line[i - 1])))
            {
                i++;
                continue;
            }

            var end = WordEnd(line, i);
            var matched = _firstLetters.Contains(line[i]) && _lookup.TryGetValue(line[i..end], out var candidates)
                ? Longest(candidates, line, i)
                : null;
            if (matched is not null)
            {
                found.Add(new Mention(matched.Text, matched.Entries, lineNumber, i + 1));
                i += matched.Text.Length;
            }
            else
            {
                i = end;
            }
        }
    }

    /// <summary>The first of <paramref name="candidates"/> (longest first) written at <paramref name="at"/>, or null.</summary>
    private static Name? Longest(Name[] candidates, ReadOnlySpan<char> line, int at)
    {
        foreach (var name in candidates)
        {
            if (Matches(line, at, name.Text))
            {
                return name;
            }
        }

        return null;
    }

    private static bool Matches(ReadOnlySpan<char> line, int at, string name) =>
        line[at..].StartsWith(name, StringComparison.Ordinal)
        && (at + name.Length == line.Length || !char.IsLetterOrDigit(line[at + name.Length]));

    private static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    private sealed record Name(string Text, MentionedEntry[] Entries);
}
