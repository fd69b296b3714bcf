using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>
/// serve's quick path for saves of company and person files that change only what the entry's own pages and feed show
/// (<see cref="PageOnly"/>: its description): every other page and feed sees the entry through its slug, name,
/// aliases, parent, website, logo or photo, which stay as the last build read them, so the rebuild that follows
/// renders the same bytes for them and writes nothing more.
/// </summary>
public static partial class QuickPublish
{
    /// <summary>
    /// Writes the pages (all of each list's pages) and the feed of every entry of <paramref name="entries"/> (each a
    /// <see cref="Company"/> or a <see cref="Person"/>, as read again from its saved file) whose description changed;
    /// returns the routes written, or null when the quick path does not apply (an entry is new, or another field changed).
    /// </summary>
    public static IReadOnlyList<string>? TryWriteEntries(BuildMemory memory, IReadOnlyList<object> entries)
    {
        if (memory.Last is not { } last || entries.Count == 0)
        {
            return null;
        }

        var model = last.Model;
        var jobs = new List<PageJob>();
        var feeds = new List<(string Route, Action<Stream> Write)>();
        var items = new List<Article>();
        foreach (var entry in entries)
        {
            FeedChannel channel;
            switch (entry)
            {
                case Company company when model.Companies.TryGetValue(company.Slug, out var old) && PageOnly(old, company) is { } changed:
                    if (!changed)
                    {
                        continue;
                    }

                    PagePlanner.AddCompany(jobs, model, company);
                    channel = FeedCatalog.Channel(model, company);
                    break;
                case Person person when model.People.TryGetValue(person.Slug, out var old) && PageOnly(old, person) is { } changed:
                    if (!changed)
                    {
                        continue;
                    }

                    PagePlanner.AddPerson(jobs, model, person);
                    channel = FeedCatalog.Channel(model, person);
                    break;
                default:
                    return null; // new, or a change other pages show: the rebuild does all the work
            }

            feeds.Add((channel.Route, stream => RssFeedWriter.Write(stream, last.FeedContent, channel)));
            items.AddRange(channel.Items);
        }

        // The feeds' items the last build did not write (it kept those feeds), rendered in parallel up front.
        last.Bodies.Render([.. items.Select(model.PositionOf).Distinct().Where(i => !last.FeedContent.HasItem(i))]);
        var written = WritePages(last, last.Views, jobs);
        written.AddRange(WriteFeeds(last.Output, feeds));
        return written;
    }

    /// <summary>
    /// Whether <paramref name="saved"/> differs from <paramref name="old"/> (true) or not (false) when at most its
    /// description changed; null when anything else did. Compared as the build's fingerprint serializes them (every
    /// public property, lists item by item, without source positions), so a field added later falls back to the rebuild.
    /// </summary>
    private static bool? PageOnly(Company old, Company saved) =>
        Compare(BuildFingerprint.EntryJson(old), BuildFingerprint.EntryJson(saved),
            BuildFingerprint.EntryJson(old with { Description = null }), BuildFingerprint.EntryJson(saved with { Description = null }));

    private static bool? PageOnly(Person old, Person saved) =>
        Compare(BuildFingerprint.EntryJson(old), BuildFingerprint.EntryJson(saved),
            BuildFingerprint.EntryJson(old with { Description = null }), BuildFingerprint.EntryJson(saved with { Description = null }));

    private static bool? Compare(byte[] old, byte[] saved, byte[] oldBlanked, byte[] savedBlanked) =>
        old.AsSpan().SequenceEqual(saved) ? false : oldBlanked.AsSpan().SequenceEqual(savedBlanked) ? true : null;
}
