using Briefing.Model;

namespace Briefing.Content;

/// <summary>Finds what an unknown slug probably meant: a close slug, or an entry whose name or alias it spells.</summary>
internal sealed class RegistryIndex
{
    private readonly List<string> _slugs = [];
    private readonly Dictionary<string, string> _byNameSlug = new(StringComparer.Ordinal);

    public RegistryIndex(IEnumerable<(string Slug, string Name, IReadOnlyList<string> Aliases)> entries)
    {
        foreach (var (slug, name, aliases) in entries)
        {
            _slugs.Add(slug);
            _byNameSlug.TryAdd(Slug.From(name), slug);
            foreach (var alias in aliases)
            {
                _byNameSlug.TryAdd(Slug.From(alias), slug);
            }
        }

        _slugs.Sort(StringComparer.Ordinal);
    }

    /// <summary>" (did you mean 'aws'?)" or "; add content/companies/x.yml".</summary>
    public string Hint(string wrong, string folder)
    {
        var suggestion = Suggestion(wrong);
        return suggestion is null ? $"; add {folder}{wrong}.yml or fix the slug" : $" (did you mean '{suggestion}'?)";
    }

    /// <summary>The slug <paramref name="wrong"/> probably meant, or null.</summary>
    public string? Suggestion(string wrong) => _byNameSlug.TryGetValue(wrong, out var byName) ? byName : Suggest.Closest(wrong, _slugs);
}
