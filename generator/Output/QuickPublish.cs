using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>
/// serve's quick path for saves that change only briefings' bodies: before the rebuild that checks the whole site,
/// the pages and feeds that show those bodies are rendered from the last build's memory and written into the output
/// at once (each file replaced whole by a rename). It applies only when the front matter of every saved briefing is
/// byte for byte what the last build read and its reading time is unchanged: then the build's fingerprint is unchanged
/// and the only files whose cache keys change are exactly these (<see cref="BuildFingerprint"/>), so the rebuild that
/// follows renders the same bytes and writes nothing more for them.
/// </summary>
public static partial class QuickPublish
{
    /// <summary>
    /// Writes the briefing pages and feeds that show the bodies of <paramref name="edits"/>; returns the routes written
    /// (empty when no body changed), or null when the quick path does not apply (the rebuild does all the work).
    /// </summary>
    public static IReadOnlyList<string>? TryWrite(BuildMemory memory, IReadOnlyList<BodyEdit> edits)
    {
        if (memory.Last is not { } last || edits.Count == 0)
        {
            return null;
        }

        var byOld = new Dictionary<Article, Article>(ReferenceEqualityComparer.Instance);
        var byIndex = new Dictionary<int, Article>();
        foreach (var edit in edits)
        {
            var index = last.PositionOf(edit.SourcePath);
            if (index < 0)
            {
                return null; // new, unpublished or renamed: the site's lists change
            }

            var old = last.Model.Articles[index];
            if (old.FrontMatterHash == UInt128.Zero || old.FrontMatterHash != edit.FrontMatterHash
                || ReadingTime.Minutes(old.WordCount) != ReadingTime.Minutes(edit.WordCount))
            {
                return null; // what lists and the fingerprint see changed
            }

            var edited = old with { Body = edit.Body, WordCount = edit.WordCount };
            if (BuildFingerprint.Body(edited) != BuildFingerprint.Body(old) || edited.WordCount != old.WordCount)
            {
                byOld[old] = edited;
                byIndex[index] = edited;
            }
        }

        if (byOld.Count == 0)
        {
            return [];
        }

        var bodies = last.Bodies.WithEdits(byIndex);
        var views = last.Views.WithEdits(bodies, byOld);
        var written = WritePages(last, views, last.Jobs.Where(j => j.Body is { } article && byOld.ContainsKey(article)).ToArray());

        // Every feed carrying a saved briefing, as the build writes it (the site's Atom and JSON feeds carry its items).
        var content = last.FeedContent.WithEdits(bodies, byIndex.Keys);
        var site = last.Feeds.Site;
        var feeds = new List<(string Route, Action<Stream> Write)>();
        foreach (var channel in last.Feeds.RssFeeds.Where(c => c.Items.Any(byOld.ContainsKey)))
        {
            feeds.Add((channel.Route, stream => RssFeedWriter.Write(stream, content, channel)));
        }

        if (site.Items.Any(byOld.ContainsKey))
        {
            feeds.Add((Routes.AtomFeed, stream => AtomFeedWriter.Write(stream, content, site with { Route = Routes.AtomFeed })));
            feeds.Add((Routes.JsonFeed, stream => JsonFeedWriter.Write(stream, content, site with { Route = Routes.JsonFeed })));
        }

        // The feeds' items the last build did not write (it kept those feeds), rendered in parallel up front.
        var items = last.Feeds.RssFeeds.Where(c => c.Items.Any(byOld.ContainsKey)).SelectMany(c => c.Items)
            .Select(last.Model.PositionOf).Distinct().Where(i => !content.HasItem(i)).ToArray();
        bodies.Render(items);
        written.AddRange(WriteFeeds(last.Output, feeds));
        return written;
    }

    /// <summary>Renders the pages of <paramref name="jobs"/> with <paramref name="views"/> and replaces those whose bytes changed; returns their routes.</summary>
    private static List<string> WritePages(BuildMemory.Snapshot last, ViewFactory views, IReadOnlyList<PageJob> jobs)
    {
        var changed = new bool[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var (meta, page) = jobs[i].Build(views);
            var globals = new Dictionary<string, object?>(StringComparer.Ordinal) { ["site"] = views.Site, ["meta"] = meta, ["page"] = page };
            changed[i] = Replace(last.Output, jobs[i].Route, last.Templates.RenderPage(jobs[i].Layout, globals));
        });
        return [.. jobs.Where((_, i) => changed[i]).Select(j => j.Route)];
    }

    /// <summary>Writes <paramref name="feeds"/> in parallel, each replacing its file when its bytes changed; returns the routes replaced.</summary>
    private static IEnumerable<string> WriteFeeds(string output, IReadOnlyList<(string Route, Action<Stream> Write)> feeds)
    {
        var changed = new bool[feeds.Count];
        Parallel.For(0, feeds.Count, i =>
        {
            using var stream = new MemoryStream();
            feeds[i].Write(stream);
            changed[i] = Replace(output, feeds[i].Route, stream.GetBuffer().AsSpan(0, (int)stream.Length));
        });
        return feeds.Where((_, i) => changed[i]).Select(f => f.Route);
    }

    /// <summary>Replaces the output file of <paramref name="route"/> whole (a rename), unless it holds these bytes already.</summary>
    private static bool Replace(string output, string route, ReadOnlySpan<byte> bytes)
    {
        var path = Path.Combine(output, Routes.OutputFile(route));
        if (OutputFolder.SameBytes(path, bytes))
        {
            return false;
        }

        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.quick-{Environment.ProcessId}");
        using (var handle = File.OpenHandle(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            RandomAccess.Write(handle, bytes, 0);
        }

        File.Move(temporary, path, overwrite: true);
        return true;
    }
}
