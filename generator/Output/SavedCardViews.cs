using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Briefing.Media.Cards;
using Briefing.Rendering.Views;

namespace Briefing.Output;

/// <summary>
/// Each page's card view from a saved card plan, made when a page asks for it: a rebuild that renders a few pages
/// builds a few views, not one per page of the site (~18,700 at 10,000 briefings, each with its absolute URL).
/// </summary>
internal sealed class SavedCardViews(SavedCardPlan plan, Func<string, CardContent, SocialCardView> view) : IReadOnlyDictionary<string, SocialCardView>
{
    public SocialCardView this[string key] => TryGetValue(key, out var found) ? found : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => plan.Pages.Keys;

    public IEnumerable<SocialCardView> Values => plan.Pages.Values.Select(View);

    public int Count => plan.Pages.Count;

    public bool ContainsKey(string key) => plan.Pages.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SocialCardView value)
    {
        value = plan.Pages.TryGetValue(key, out var card) ? View(card) : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, SocialCardView>> GetEnumerator() =>
        plan.Pages.Select(page => KeyValuePair.Create(page.Key, View(page.Value))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private SocialCardView View(int card) => view(plan.Cards[card], plan.Content(card));
}
