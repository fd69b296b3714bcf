using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Briefing.Caching;
using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// What every page and feed of a build depends on, hashed: the generator build, every file of the theme, and the
/// whole site model except briefing bodies — the config, the registries and tags (as JSON), and each published
/// briefing's path and front-matter hash (<see cref="Article.FrontMatterHash"/>; in order, so the set of published
/// briefings counts too). A page's cache key is this plus the bodies it shows; when it and they are unchanged, so
/// are the page's bytes.
/// </summary>
internal static class BuildFingerprint
{
    /// <summary>
    /// The model's JSON without source positions (<see cref="SourceSpan"/>): they only locate diagnostics, never reach
    /// a page, and serializing them was a third of the fingerprint's time.
    /// </summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        TypeInfoResolver = FingerprintJson.Default.WithAddedModifier(type =>
        {
            for (var i = type.Properties.Count - 1; i >= 0; i--)
            {
                if (type.Properties[i].PropertyType == typeof(SourceSpan) || type.Properties[i].PropertyType == typeof(SourceSpan?))
                {
                    type.Properties.RemoveAt(i);
                }
            }
        }),
    };

    private static readonly JsonTypeInfo<Article[]> Articles = Info<Article[]>();

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Json.GetTypeInfo(typeof(T));
    /// <summary>The generator build and every file of the theme (names and bytes), hashed.</summary>
    public static UInt128 Theme(string themeRoot)
    {
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes(BuildStamp.Value));
        var files = Directory.GetFiles(themeRoot, "*", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            AppendText(hash, Path.GetRelativePath(themeRoot, file));
            // Streamed, not read whole: the card fonts (2 MB) would be large objects, and each one a step towards a
            // full collection in a build's first 100 ms (the same hash either way).
            Files.FileHash.Append(hash, file, lengthFirst: true);
        }

        return hash.GetCurrentHashAsUInt128();
    }

    /// <param name="theme">The generator and theme, <see cref="Theme"/>.</param>
    public static UInt128 Of(SiteModel model, UInt128 theme)
    {
        var hash = new XxHash128();
        Span<byte> themeBytes = stackalloc byte[16];
        Write(hash, theme, themeBytes);

        // A briefing is identified by its path and the hash of its front matter's text; one loaded without that hash
        // (zero) is serialized instead. The registries' and config's JSON cover what slugs resolve to.
        var unknown = new List<Article>();
        Span<byte> buffer = stackalloc byte[16];
        foreach (var article in model.Articles)
        {
            if (article.FrontMatterHash == UInt128.Zero)
            {
                unknown.Add(article with { Body = BodyText.Empty });
                continue;
            }

            AppendText(hash, article.SourcePath);
            Write(hash, article.FrontMatterHash, buffer);

            // The one thing lists show that comes from a body: its reading time (a card's "3 min read").
            Write(hash, (UInt128)ReadingTime.Minutes(article.WordCount), buffer);
        }

        hash.Append(JsonSerializer.SerializeToUtf8Bytes(unknown.ToArray(), Articles));
        hash.Append(ConfigJson(model.Config));
        hash.Append(JsonSerializer.SerializeToUtf8Bytes(model.Pages.Select(p => p with { Body = BodyText.Empty }).ToArray(), Info<Page[]>())); // bodies: each page's key
        hash.Append(JsonSerializer.SerializeToUtf8Bytes(model.Companies.Values.OrderBy(c => c.Slug, StringComparer.Ordinal).ToArray(),
            Info<Company[]>()));
        hash.Append(JsonSerializer.SerializeToUtf8Bytes(model.People.Values.OrderBy(p => p.Slug, StringComparer.Ordinal).ToArray(),
            Info<Person[]>()));
        hash.Append(JsonSerializer.SerializeToUtf8Bytes(model.Tags.Values.OrderBy(t => t.Slug, StringComparer.Ordinal).ToArray(),
            Info<Tag[]>()));
        hash.Append(JsonSerializer.SerializeToUtf8Bytes(model.Authors.Values.OrderBy(a => a.Slug, StringComparer.Ordinal).ToArray(),
            Info<Author[]>()));
        Digest(hash, model.Digest, buffer);
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The digest's intros (path, week, title, draft flag, body hash) and the running week, which decides what is finished.</summary>
    private static void Digest(XxHash128 hash, Digest digest, Span<byte> buffer)
    {
        AppendText(hash, $"digest|{digest.RunningWeek?.ToString() ?? "-"}|{digest.ShowDrafts}");
        foreach (var intro in digest.Intros)
        {
            AppendText(hash, $"{intro.SourcePath}|{intro.Week}|{intro.Draft}|{intro.Title?.Length ?? -1}|{intro.Title}");
            Write(hash, intro.Body.Hash, buffer);
        }
    }

    /// <summary>A page's or feed's key: the build's fingerprint, its route, and the bodies it shows.</summary>
    public static UInt128 Key(UInt128 build, string route, IEnumerable<UInt128> bodies)
    {
        var hash = new XxHash128();
        Span<byte> buffer = stackalloc byte[16];
        Write(hash, build, buffer);
        AppendText(hash, route);
        foreach (var body in bodies)
        {
            Write(hash, body, buffer);
        }

        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>
    /// <see cref="Key(UInt128, string, IEnumerable{UInt128})"/> of a page that shows at most one body, hashed in one shot
    /// over a stack buffer (the same bytes, so the same key): a rebuild keys every page, ~19,000 at 10,000 briefings,
    /// and a hasher object per page was a tenth of what keeping them allocated.
    /// </summary>
    public static UInt128 Key(UInt128 build, string route, UInt128? body)
    {
        var length = 16 + (route.Length * 2) + 2 + (body is null ? 0 : 16);
        if (length > 1024)
        {
            return Key(build, route, body is { } only ? [only] : []);
        }

        Span<byte> bytes = stackalloc byte[length];
        BitConverter.TryWriteBytes(bytes, build);
        MemoryMarshal.AsBytes(route.AsSpan()).CopyTo(bytes[16..]);
        var end = 16 + (route.Length * 2);
        bytes[end] = 0;
        bytes[end + 1] = 0;
        if (body is { } shown)
        {
            BitConverter.TryWriteBytes(bytes[(end + 2)..], shown);
        }

        return XxHash128.HashToUInt128(bytes);
    }

    /// <summary>The config as the fingerprint sees it: its JSON without source positions.</summary>
    public static byte[] ConfigJson(SiteConfig config) => JsonSerializer.SerializeToUtf8Bytes(config, Info<SiteConfig>());

    /// <summary>A company as the fingerprint sees it: its JSON without source positions.</summary>
    public static byte[] EntryJson(Company company) => JsonSerializer.SerializeToUtf8Bytes([company], Info<Company[]>());

    /// <summary>A person as the fingerprint sees them: their JSON without source positions.</summary>
    public static byte[] EntryJson(Person person) => JsonSerializer.SerializeToUtf8Bytes([person], Info<Person[]>());

    /// <summary>A tag as the fingerprint sees it: its JSON without source positions.</summary>
    public static byte[] EntryJson(Tag tag) => JsonSerializer.SerializeToUtf8Bytes([tag], Info<Tag[]>());

    /// <summary>The hash of a briefing's Markdown body.</summary>
    public static UInt128 Body(Article article) => article.Autolink ? article.Body.Hash : ~article.Body.Hash;

    internal static void Write(XxHash128 hash, UInt128 value, Span<byte> buffer)
    {
        BitConverter.TryWriteBytes(buffer, value);
        hash.Append(buffer);
    }

    internal static void AppendText(XxHash128 hash, string text)
    {
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        hash.Append([0, 0]);
    }
}
