using System.Text;
using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// The record of the URLs the last <c>briefing build</c> into an output folder published: every briefing and the first
/// page of every company, person and tag. It lives in the build cache (<c>.briefing/cache/published-&lt;hash of the
/// output path&gt;.txt</c>) but is not a cache: no generator version invalidates it, since it describes what readers
/// and search engines have seen. <c>serve</c> previews (drafts, half-typed slugs) and <c>check</c> read it, never write it.
/// A line per URL, tab-separated, sorted by route; written only when it changed.
/// </summary>
internal static class PublishedUrls
{
    private const string Header = "briefing-published-urls-1";

    /// <summary>The record's file for builds into <paramref name="output"/>.</summary>
    public static string FileOf(string cacheFolder, string output) =>
        Path.Combine(cacheFolder, $"published-{System.IO.Hashing.XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(Path.GetFullPath(output))):x16}.txt");

    /// <summary>The URLs of the site as <paramref name="model"/> publishes them; drafts are previews, never recorded.</summary>
    public static List<(PublishedUrl Url, SourceSpan Where, bool HasAliases)> Of(SiteModel model)
    {
        var list = new List<(PublishedUrl, SourceSpan, bool)>(model.Articles.Count + model.Companies.Count + model.People.Count + model.Tags.Count);
        foreach (var a in model.Articles)
        {
            if (!a.Draft)
            {
                list.Add((new PublishedUrl("briefing", a.Url, a.SourcePath, a.Date.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Title),
                    a.SlugSpan.Path is null ? SourceSpan.File(a.SourcePath) : a.SlugSpan, a.Aliases.Count > 0));
            }
        }

        list.AddRange(model.Companies.Values.Select(c =>
            (new PublishedUrl("company", Routes.Company(c.Slug), c.SourcePath, string.Empty, c.Name), SourceSpan.File(c.SourcePath), c.UrlAliases.Count > 0)));
        list.AddRange(model.People.Values.Select(p =>
            (new PublishedUrl("person", Routes.Person(p.Slug), p.SourcePath, string.Empty, p.Name), SourceSpan.File(p.SourcePath), p.UrlAliases.Count > 0)));
        list.AddRange(model.Tags.Values.Select(t =>
            (new PublishedUrl("tag", Routes.Tag(t.Slug), string.Empty, string.Empty, t.Name), SourceSpan.File(TagsFile), t.UrlAliases.Count > 0)));
        return list;
    }

    /// <summary>Where tags are registered, and where a tag's aliases go.</summary>
    public const string TagsFile = "content/tags.yml";

    /// <summary>The record of builds into <paramref name="output"/>, or null when there is none (or no cache folder).</summary>
    public static IReadOnlyList<PublishedUrl>? Read(string? cacheFolder, string output)
    {
        var file = cacheFolder is null ? null : FileOf(cacheFolder, output);
        string[] lines;
        try
        {
            if (file is null || !File.Exists(file))
            {
                return null;
            }

            lines = File.ReadAllLines(file, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (lines.Length == 0 || lines[0] != Header)
        {
            return null;
        }

        var urls = new List<PublishedUrl>(lines.Length - 1);
        foreach (var line in lines.AsSpan(1))
        {
            var f = line.Split('\t');
            if (f.Length == 5)
            {
                urls.Add(new PublishedUrl(f[0], Unescape(f[1]), Unescape(f[2]), f[3], Unescape(f[4])));
            }
        }

        return urls;
    }

    /// <summary>Records <paramref name="urls"/> as what the output now holds (rewrites the file only when it changed).</summary>
    public static void Save(string? cacheFolder, string output, IEnumerable<PublishedUrl> urls)
    {
        if (cacheFolder is null)
        {
            return;
        }

        var text = new StringBuilder(Header).Append('\n');
        foreach (var url in urls.OrderBy(u => u.Route, StringComparer.Ordinal))
        {
            text.Append(url.Kind).Append('\t').Append(Escape(url.Route)).Append('\t').Append(Escape(url.Source)).Append('\t')
                .Append(url.Date).Append('\t').Append(Escape(url.Title)).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var file = FileOf(cacheFolder, output);
        try
        {
            if (File.Exists(file) && File.ReadAllBytes(file).AsSpan().SequenceEqual(bytes))
            {
                return;
            }

            Caching.BuildStamp.WriteAtomically(file, stream => stream.Write(bytes));
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
