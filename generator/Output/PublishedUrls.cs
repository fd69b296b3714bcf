using System.Text;
using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// The record of the URLs the last <c>briefing build</c> into an output folder published: every briefing and standalone
/// page, and the first page of every company, person, author and tag. It lives in the build cache
/// (<c>.briefing/cache/published-&lt;hash of the output path&gt;.txt</c>) but is not a cache: no generator version
/// invalidates it, since it describes what readers and search engines have seen. <c>serve</c> previews (drafts, half-typed slugs) and <c>check</c> read it, never write it.
/// A line per URL, tab-separated, sorted by route, after a line of two hashes: of the routes, and of everything. A build
/// whose routes hash is the record's has dropped no URL, and one whose whole hash is the record's writes nothing: a
/// no-op rebuild of 10,000 briefings hashes its URLs and reads two lines, nothing more.
/// </summary>
internal static class PublishedUrls
{
    private const string Header = "briefing-published-urls-2";

    /// <summary>The hashes of the URLs <paramref name="model"/> publishes (see <see cref="Of"/>), without building them.</summary>
    public static PublishedHash Hash(SiteModel model)
    {
        var routes = new System.IO.Hashing.XxHash128();
        var all = new System.IO.Hashing.XxHash128();
        void Add(string kind, string route, string source, string date, string title)
        {
            BuildFingerprint.AppendText(routes, route);
            BuildFingerprint.AppendText(all, kind);
            BuildFingerprint.AppendText(all, route);
            BuildFingerprint.AppendText(all, source);
            BuildFingerprint.AppendText(all, date);
            BuildFingerprint.AppendText(all, title);
        }

        Span<char> day = stackalloc char[10];
        foreach (var a in model.Articles)
        {
            if (!a.Draft && a.Date.Day.TryFormat(day, out _, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            {
                BuildFingerprint.AppendText(routes, a.Slug);
                routes.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(day[..4]));
                BuildFingerprint.AppendText(all, a.Slug);
                all.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(day));
                BuildFingerprint.AppendText(all, a.SourcePath);
                BuildFingerprint.AppendText(all, a.Title);
            }
        }

        foreach (var page in model.Pages)
        {
            if (!page.Draft)
            {
                Add("page", page.Url, page.SourcePath, string.Empty, page.Title);
            }
        }

        foreach (var c in model.Companies.Values)
        {
            Add("company", Routes.Company(c.Slug), c.SourcePath, string.Empty, c.Name);
        }

        foreach (var p in model.People.Values)
        {
            Add("person", Routes.Person(p.Slug), p.SourcePath, string.Empty, p.Name);
        }

        foreach (var author in model.Authors.Values)
        {
            Add("author", Routes.Author(author.Slug), author.SourcePath, string.Empty, author.Name);
        }

        foreach (var t in model.Tags.Values)
        {
            Add("tag", Routes.Tag(t.Slug), string.Empty, string.Empty, t.Name);
        }

        return new PublishedHash(routes.GetCurrentHashAsUInt128(), all.GetCurrentHashAsUInt128());
    }

    /// <summary>The record's file for builds into <paramref name="output"/>.</summary>
    public static string FileOf(string cacheFolder, string output) =>
        Path.Combine(cacheFolder, $"published-{System.IO.Hashing.XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(Path.GetFullPath(output))):x16}.txt");

    /// <summary>The URLs of the site as <paramref name="model"/> publishes them; drafts are previews, never recorded.</summary>
    public static List<(PublishedUrl Url, SourceSpan Where, bool HasAliases)> Of(SiteModel model)
    {
        var list = new List<(PublishedUrl, SourceSpan, bool)>(
            model.Articles.Count + model.Pages.Count + model.Companies.Count + model.People.Count + model.Authors.Count + model.Tags.Count);
        foreach (var a in model.Articles)
        {
            if (!a.Draft)
            {
                list.Add((new PublishedUrl("briefing", a.Url, a.SourcePath, a.Date.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Title),
                    a.SlugSpan.Path is null ? SourceSpan.File(a.SourcePath) : a.SlugSpan, a.Aliases.Count > 0));
            }
        }

        // A page's date stays empty: a renamed page file is matched by its title alone (a changed slug: by its file).
        list.AddRange(model.Pages.Where(p => !p.Draft).Select(p =>
            (new PublishedUrl("page", p.Url, p.SourcePath, string.Empty, p.Title), p.SlugSpan.Path is null ? SourceSpan.File(p.SourcePath) : p.SlugSpan,
                p.Aliases.Count > 0)));
        list.AddRange(model.Companies.Values.Select(c =>
            (new PublishedUrl("company", Routes.Company(c.Slug), c.SourcePath, string.Empty, c.Name), SourceSpan.File(c.SourcePath), c.UrlAliases.Count > 0)));
        list.AddRange(model.People.Values.Select(p =>
            (new PublishedUrl("person", Routes.Person(p.Slug), p.SourcePath, string.Empty, p.Name), SourceSpan.File(p.SourcePath), p.UrlAliases.Count > 0)));
        list.AddRange(model.Authors.Values.Select(a =>
            (new PublishedUrl("author", Routes.Author(a.Slug), a.SourcePath, string.Empty, a.Name), SourceSpan.File(a.SourcePath), a.UrlAliases.Count > 0)));
        list.AddRange(model.Tags.Values.Select(t =>
            (new PublishedUrl("tag", Routes.Tag(t.Slug), string.Empty, string.Empty, t.Name), SourceSpan.File(TagsFile), t.UrlAliases.Count > 0)));
        return list;
    }

    /// <summary>Where tags are registered, and where a tag's aliases go.</summary>
    public const string TagsFile = "content/tags.yml";

    /// <summary>The record of builds into <paramref name="output"/> (its hashes; entries on demand), or null when there is none.</summary>
    public static PublishedRecord? Read(string? cacheFolder, string output)
    {
        var file = cacheFolder is null ? null : FileOf(cacheFolder, output);
        try
        {
            if (file is null || !File.Exists(file))
            {
                return null;
            }

            using var reader = new StreamReader(file, Encoding.UTF8);
            if (reader.ReadLine() != Header || reader.ReadLine()?.Split(' ') is not [var routes, var all]
                || !UInt128.TryParse(routes, System.Globalization.NumberStyles.HexNumber, null, out var r)
                || !UInt128.TryParse(all, System.Globalization.NumberStyles.HexNumber, null, out var a))
            {
                return null;
            }

            return new PublishedRecord(file, new PublishedHash(r, a));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The URLs of a record's file (an unreadable file: none).</summary>
    public static IReadOnlyList<PublishedUrl> Entries(string file)
    {
        var urls = new List<PublishedUrl>();
        try
        {
            foreach (var line in File.ReadLines(file, Encoding.UTF8).Skip(2))
            {
                var f = line.Split('\t');
                if (f.Length == 5)
                {
                    urls.Add(new PublishedUrl(f[0], Unescape(f[1]), Unescape(f[2]), f[3], Unescape(f[4])));
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        return urls;
    }

    /// <summary>
    /// Records what <paramref name="model"/> published as what the output now holds; nothing is written when
    /// <paramref name="hash"/> is the <paramref name="previous"/> record's.
    /// </summary>
    public static void Save(string? cacheFolder, string output, SiteModel model, PublishedHash hash, PublishedRecord? previous)
    {
        if (cacheFolder is null || previous?.Hash == hash)
        {
            return;
        }

        try
        {
            Caching.BuildStamp.WriteAtomically(FileOf(cacheFolder, output), stream =>
            {
                using var text = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
                text.Write(Header + "\n");
                text.Write($"{hash.Routes:x32} {hash.All:x32}\n");
                foreach (var url in Of(model).Select(u => u.Url).OrderBy(u => u.Route, StringComparer.Ordinal))
                {
                    text.Write($"{url.Kind}\t{Escape(url.Route)}\t{Escape(url.Source)}\t{url.Date}\t{Escape(url.Title)}\n");
                }
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next build compares with an older record: it may warn about a URL this build already warned about.
        }
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal);

    private static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                result.Append(text[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => text[i] });
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}
