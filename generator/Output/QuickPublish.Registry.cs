using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// serve's quick path for saves of company, person and tag registry files that change only what an entry's own pages
/// and feed show (its description): every other page and feed sees the entry through its slug, name, aliases, parent,
/// website, logo or photo, which stay as the last build read them, so the rebuild that follows renders the same bytes for them and
/// writes nothing more.
/// </summary>
public static partial class QuickPublish
{
    /// <summary>
    /// Writes the pages (all of each list's pages) and the feed of every entry of <paramref name="entries"/> (each a
    /// <see cref="Company"/> or a <see cref="Person"/> as read again from its saved file, or the tag registry read
    /// again: <see cref="IReadOnlyDictionary{TKey, TValue}"/> of <see cref="Tag"/> by slug) whose description changed;
    /// returns the routes written, or null when the quick path does not apply (an entry is new, or another field changed).
    /// </summary>
    public static IReadOnlyList<string>? TryWriteEntries(BuildMemory memory, IReadOnlyList<object> entries)
    {
        if (memory.Last is not { } last || entries.Count == 0)
        {
            return null;
        }

        var model = last.Model;
        var pages = new List<PageJob>();
        var feeds = new List<(string Route, Action<Stream> Write)>();
        var items = new List<Article>();
        if (Expand(model, entries) is not { } expanded)
        {
            return null; // a tag in use is no longer registered
        }

        foreach (var entry in expanded)
        {
            (bool? Changed, Action<List<PageJob>>? AddPages, FeedChannel? Channel) edit = entry switch
            {
                Company company when model.Companies.TryGetValue(company.Slug, out var old) =>
                    (PageOnly(old, company, BuildFingerprint.EntryJson, c => c with { Description = null }),
                        jobs => PagePlanner.AddCompany(jobs, model, company), FeedCatalog.Channel(model, company)),
                Person person when model.People.TryGetValue(person.Slug, out var old) =>
                    (PageOnly(old, person, BuildFingerprint.EntryJson, p => p with { Description = null }),
                        jobs => PagePlanner.AddPerson(jobs, model, person), FeedCatalog.Channel(model, person)),
                Tag tag when model.Tags.TryGetValue(tag.Slug, out var old) =>
                    (PageOnly(old, tag, BuildFingerprint.EntryJson, t => t with { Description = null }),
                        jobs => PagePlanner.AddTag(jobs, model, tag), FeedCatalog.Channel(model, tag)),
                _ => default,
            };
            if (edit is not { Changed: { } changed, AddPages: { } addPages, Channel: { } channel })
            {
                return null; // new, or a change other pages show: the rebuild does all the work
            }

            if (changed)
            {
                addPages(pages);
                feeds.Add((channel.Route, stream => RssFeedWriter.Write(stream, last.FeedContent, channel)));
                items.AddRange(channel.Items);
            }
        }

        // The feeds' items the last build did not write (it kept those feeds), rendered in parallel up front.
        last.Bodies.Render([.. items.Select(model.PositionOf).Distinct().Where(i => !last.FeedContent.HasItem(i))]);
        var written = WritePages(last, last.Views, pages);
        written.AddRange(WriteFeeds(last.Output, feeds));
        return written;
    }

    /// <summary>
    /// The entries with the tag registry (<c>content/tags.yml</c>, read whole) replaced by the saved entries of the tags
    /// the site shows (the model has only tags in use; the others have no page); null when a tag in use is no longer
    /// registered (an error for the rebuild to report).
    /// </summary>
    private static List<object>? Expand(SiteModel model, IReadOnlyList<object> entries)
    {
        var expanded = new List<object>(entries.Count);
        foreach (var entry in entries)
        {
            if (entry is not IReadOnlyDictionary<string, Tag> registry)
            {
                expanded.Add(entry);
                continue;
            }

            foreach (var tag in model.Tags.Values.OrderBy(t => t.Slug, StringComparer.Ordinal))
            {
                if (!registry.TryGetValue(tag.Slug, out var saved))
                {
                    return null;
                }

                expanded.Add(saved);
            }
        }

        return expanded;
    }

    /// <summary>
    /// Whether <paramref name="saved"/> differs from <paramref name="old"/> (true) or not (false) when it differs at most
    /// in what <paramref name="blank"/> clears (its description); null when anything else changed. Compared as the build's
    /// fingerprint serializes entries (<paramref name="json"/>: every public property, lists item by item, without source
    /// positions), so a field added to the record later is compared too: a change to it takes the rebuild.
    /// </summary>
    private static bool? PageOnly<T>(T old, T saved, Func<T, byte[]> json, Func<T, T> blank) =>
        json(old).AsSpan().SequenceEqual(json(saved)) ? false
        : json(blank(old)).AsSpan().SequenceEqual(json(blank(saved))) ? true
        : null;
}
