using System.Text;
using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>
/// What every feed writer shares about an item: its permalink, its full HTML (the body rendered once by the build,
/// with absolute links, then the cited sources) and its categories. Thread-safe. The feed HTML of an item is built
/// once and shared by every feed that carries it (a briefing sits in about eight: the site's, its companies',
/// people's and tags'). Feeds are written after every page, so the page body is released once its feed HTML exists.
/// </summary>
internal sealed partial class FeedContent
{
    private readonly LazyBodies _bodies;
    private readonly string?[] _contentHtml;
    private readonly byte[]?[] _rssItems;
    private readonly bool[]? _keepHtml;
    private bool[]? _carried;
    private readonly object[] _locks = [.. Enumerable.Range(0, 64).Select(_ => new object())];
    private readonly string _companies;
    private readonly string _people;
    private readonly string _tags;
    private readonly PerThread<StringBuilder> _htmlBuilders = new(() => new StringBuilder(32 * 1024));

    /// <param name="bodies">Rendered Markdown of each article, in <see cref="SiteModel.Articles"/> order; every page that
    /// shows a body must be rendered before the first feed asks for it.</param>
    /// <param name="htmlReaders">The items whose <see cref="ContentHtml"/> is asked for beyond their RSS item (the site's
    /// Atom and JSON feeds): their HTML is kept as text; every other item keeps only its RSS bytes. Null keeps every item's.</param>
    public FeedContent(SiteModel model, SiteUrls urls, LazyBodies bodies, IEnumerable<Article>? htmlReaders = null)
    {
        Model = model;
        Urls = urls;
        _bodies = bodies;
        _contentHtml = new string?[bodies.Count];
        _rssItems = new byte[]?[bodies.Count];
        if (htmlReaders is not null)
        {
            _keepHtml = new bool[bodies.Count];
            foreach (var article in htmlReaders)
            {
                _keepHtml[model.PositionOf(article)] = true;
            }
        }

        _companies = urls.Absolute(Routes.CompaniesIndex);
        _people = urls.Absolute(Routes.PeopleIndex);
        _tags = urls.Absolute(Routes.TagsIndex);
    }

    public SiteModel Model { get; }

    /// <summary>
    /// The RSS feeds that will be written (<see cref="PageWritten"/> builds the items they carry); unset, every
    /// briefing counts as carried.
    /// </summary>
    public IEnumerable<FeedChannel> RssFeeds
    {
        init
        {
            _carried = new bool[_rssItems.Length];
            var positions = Model.PositionMap(); // one look-up of the map for ~75,000 items at 10,000 briefings
            foreach (var channel in value.Where(c => c.Moves is null && c.Corrections is null))
            {
                foreach (var article in channel.Items)
                {
                    _carried[positions[article]] = true;
                }
            }
        }
    }

    public SiteConfig Config => Model.Config;

    /// <summary>Each thread's writer of RSS items (<see cref="RssFeedWriter.Item"/>), reused item after item.</summary>
    public PerThread<RssItemWriter> RssItemWriters { get; } = new(() => new RssItemWriter());

    public SiteUrls Urls { get; }

    /// <summary>The feed's author: the site's <c>author</c>, else its title.</summary>
    public string Author => Config.Author ?? Config.Title;

    /// <summary>The item's permalink: it depends only on the year and slug, never on the content.</summary>
    public string Link(Article article) => Urls.Absolute(article.Url);

    /// <summary>
    /// The item's RSS guid, Atom id and JSON Feed id: the first URL it was published under, so a renamed briefing is
    /// never new to a feed reader. That is the first of its aliases shaped like a briefing's URL (editors add the old
    /// URL when they rename, so the list grows oldest first), else its permalink.
    /// </summary>
    public string Id(Article article)
    {
        foreach (var alias in article.Aliases)
        {
            if (AliasPath.IsArticleShaped(alias.Route))
            {
                return Urls.Absolute(alias.Route);
            }
        }

        return Link(article);
    }

    /// <summary>
    /// The body as HTML for <c>content:encoded</c>, Atom <c>content</c> and <c>content_html</c>: root-relative links and
    /// images made absolute (readers have no base URL), a line crediting the sources, characters XML forbids removed.
    /// </summary>
    public string ContentHtml(Article article)
    {
        var position = Model.PositionOf(article);
        if (Volatile.Read(ref _contentHtml[position]) is { } html)
        {
            return html;
        }

        // Built once per item (a lock per stripe of positions), so a released body is never asked for again.
        lock (_locks[position % _locks.Length])
        {
            if (_contentHtml[position] is not { } built)
            {
                built = BuildContentHtml(article, _bodies[position]);
                Volatile.Write(ref _contentHtml[position], built);
                _bodies.Release(position);
            }

            return built;
        }
    }

    /// <summary>
    /// The item's <c>&lt;item&gt;</c> element as RSS writes it, in UTF-8 with its indentation: an item's XML is the same
    /// in every feed that carries it (about eight), so it is written once and copied into each.
    /// </summary>
    public byte[] RssItem(Article article, Func<string, byte[]> write)
    {
        var position = Model.PositionOf(article);
        if (Volatile.Read(ref _rssItems[position]) is { } item)
        {
            return item;
        }

        lock (_locks[position % _locks.Length])
        {
            if (_spill is not null)
            {
                return Spilled(article, position, write).Built ?? _spill.Read(_spilled![position]);
            }

            if (_rssItems[position] is not { } built)
            {
                built = write(ItemHtml(article, position));
                Volatile.Write(ref _rssItems[position], built);
            }

            return built;
        }
    }

    /// <summary>The item's HTML for its RSS item, under its stripe's lock: kept when other feeds read it, else built and the body released.</summary>
    private string ItemHtml(Article article, int position)
    {
        if (_keepHtml is null || _keepHtml[position] || _contentHtml[position] is not null)
        {
            return ContentHtml(article); // re-enters the lock of its stripe: Monitor is reentrant
        }

        var html = BuildContentHtml(article, _bodies[position]);
        _bodies.Release(position);
        return html;
    }

    /// <summary>
    /// The page that shows <paramref name="article"/>'s body is written, and nothing else will show it: builds now what
    /// the feeds will ask of it (its RSS item, when an RSS feed carries it, with <paramref name="item"/>) and releases the
    /// page body. The bodies of a full build are then never all in memory at once (~110 MB of UTF-16 at 10,000 briefings).
    /// </summary>
    public void PageWritten(Article article, Func<FeedContent, Article, byte[]> item)
    {
        var position = Model.PositionOf(article);
        if (_carried is null || _carried[position])
        {
            item(this, article); // releases the body
        }
        else
        {
            _bodies.Release(position);
        }
    }

    private string BuildContentHtml(Article article, string body)
    {
        // The thread's builder, reused item after item: one per item and its growth were most of an item's bytes.
        var html = _htmlBuilders.Take();
        html.Length = 0;
        html.EnsureCapacity(body.Length + 256);
        AppendAbsolutized(html, body, Urls.Origin);
        if (article.Sources.Count > 0)
        {
            html.Append("<p>Sources: ");
            for (var i = 0; i < article.Sources.Count; i++)
            {
                var source = article.Sources[i];
                html.Append(i == 0 ? string.Empty : "; ");
                if (source.Url is { } url)
                {
                    html.Append("<a href=\"").Append(HtmlText.Escape(url.AbsoluteUri)).Append("\">")
                        .Append(HtmlText.Escape(source.Name)).Append("</a>");
                }
                else
                {
                    html.Append(HtmlText.Escape(source.Name));
                }
            }

            html.Append(".</p>\n");
        }

        var text = html.ToString();
        if (html.Capacity <= KeptChars)
        {
            _htmlBuilders.Return(html);
        }

        return XmlText.Clean(text);
    }

    /// <summary>Past this, a thread's builder is not kept for the next item (one very long body).</summary>
    private const int KeptChars = 512 * 1024;

    /// <summary>A category per company, person and tag, in front-matter order.</summary>
    public IEnumerable<FeedCategory> Categories(Article article)
    {
        foreach (var slug in article.Companies)
        {
            yield return new FeedCategory(slug, Model.Companies[slug].Name, _companies);
        }

        foreach (var slug in article.People)
        {
            yield return new FeedCategory(slug, Model.People[slug].Name, _people);
        }

        foreach (var slug in article.Tags)
        {
            yield return new FeedCategory(slug, Model.Tags[slug].Name, _tags);
        }
    }

    /// <summary>
    /// Appends <paramref name="html"/> with <c>href="/…"</c> and <c>src="/…"</c> prefixed by the origin, in one pass;
    /// protocol-relative <c>//host</c> links are left alone. Attribute values are escaped by the renderer, so text can't
    /// contain <c>="/</c>.
    /// </summary>
    internal static void AppendAbsolutized(StringBuilder builder, string html, string origin)
    {
        var span = html.AsSpan();
        var copied = 0;
        var from = 0;
        while (from < span.Length)
        {
            var hit = span[from..].IndexOf("=\"/", StringComparison.Ordinal);
            if (hit < 0)
            {
                break;
            }

            var at = from + hit;
            var before = span[..at];
            var isLink = before.EndsWith("href", StringComparison.Ordinal) || before.EndsWith("src", StringComparison.Ordinal);
            var isSrcSet = before.EndsWith("srcset", StringComparison.Ordinal);
            var protocolRelative = at + 3 < span.Length && span[at + 3] == '/';
            if ((isLink || isSrcSet) && !protocolRelative)
            {
                builder.Append(span[copied..(at + 2)]).Append(origin);
                copied = at + 2;
            }

            from = at + 3;
            if (isSrcSet && !protocolRelative && span[(at + 2)..].IndexOf('"') is var length and >= 0)
            {
                // A srcset lists candidates ("/a.480.webp 480w, /a.800.webp 800w"): each root-relative one after the first too.
                var valueEnd = at + 2 + length;
                var position = at + 3;
                for (var comma = span[position..valueEnd].IndexOf(", /", StringComparison.Ordinal); comma >= 0;
                     comma = span[position..valueEnd].IndexOf(", /", StringComparison.Ordinal))
                {
                    var cut = position + comma + 2;
                    if (cut + 1 >= valueEnd || span[cut + 1] != '/')
                    {
                        builder.Append(span[copied..cut]).Append(origin);
                        copied = cut;
                    }

                    position = cut + 1;
                }

                from = valueEnd;
            }
        }

        builder.Append(span[copied..]);
    }

    /// <summary>A whole string through <see cref="AppendAbsolutized"/>.</summary>
    internal static string Absolutize(string html, string origin)
    {
        var builder = new StringBuilder(html.Length + 64);
        AppendAbsolutized(builder, html, origin);
        return builder.ToString();
    }
}
