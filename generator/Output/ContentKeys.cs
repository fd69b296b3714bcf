using System.IO.Hashing;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Model;
using Briefing.Rendering;
using Briefing.Rendering.Views;

namespace Briefing.Output;

/// <summary>
/// The second, finer key of every page and feed: a hash of what it shows. A page's is its views (what the template
/// sees, as JSON), with its briefing's body as the body's hash; a feed's is its channel and, for each item, the
/// briefing's path, front-matter and body hashes and its categories' names. Both also cover the generator, the theme,
/// the config and every registered name the body linker uses. When the build's <see cref="BuildFingerprint"/>
/// changed (a registry entry, a title, a date), a page or feed whose content key is unchanged is kept: a company's
/// description reaches that company's pages only, a title the pages and feeds that list that briefing.
/// </summary>
internal sealed class ContentKeys
{
    // Hashed, never read: escape only what JSON requires (the default escapes every non-ASCII letter of every name).
    private static readonly JsonWriterOptions Writer = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly UInt128 _base;
    private readonly ViewFactory _views;
    private readonly IReadOnlyDictionary<string, Author> _authors;

    /// <param name="theme">The generator and theme (<see cref="BuildFingerprint.Theme"/>).</param>
    /// <param name="views">The build's views: the keys use them with empty bodies.</param>
    public ContentKeys(SiteModel model, UInt128 theme, ViewFactory views)
    {
        _authors = model.Authors;
        _views = views.WithBodies(Enumerable.Repeat(string.Empty, model.Articles.Count).ToArray());
        var hash = new XxHash128();
        Span<byte> buffer = stackalloc byte[16];
        BuildFingerprint.Write(hash, theme, buffer);
        hash.Append(BuildFingerprint.ConfigJson(model.Config));
        using var json = new HashingBufferWriter(hash);
        using (var writer = new Utf8JsonWriter(json, Writer))
        {
            JsonSerializer.Serialize(writer, views.Site, ViewJson.Default.SiteView);
        }

        json.Flush();

        // What the body linker turns into links (EntityLinker.For): every company's and person's slug, name and aliases.
        foreach (var company in model.Companies.Values.OrderBy(c => c.Slug, StringComparer.Ordinal))
        {
            Names(hash, "c", company.Slug, company.Name, company.Aliases);
        }

        foreach (var person in model.People.Values.OrderBy(p => p.Slug, StringComparer.Ordinal))
        {
            Names(hash, "p", person.Slug, person.Name, person.Aliases);
        }

        _base = hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The content key of <paramref name="job"/>'s page, from views built for the key alone.</summary>
    public UInt128 Page(PageJob job) => Page(job, job.Build(_views));

    /// <summary>The content key of <paramref name="job"/>'s page from its <paramref name="view"/>.</summary>
    public UInt128 Page(PageJob job, (MetaView Meta, object Page) view)
    {
        var hash = Start("page", job.Route);
        BuildFingerprint.AppendText(hash, job.Layout);
        if (job.Body is { } article)
        {
            Span<byte> buffer = stackalloc byte[16];
            BuildFingerprint.Write(hash, BuildFingerprint.Body(article), buffer);
        }

        using var json = new HashingBufferWriter(hash);
        using (var writer = new Utf8JsonWriter(json, Writer))
        {
            // The body is keyed by its Markdown's hash, above: its HTML is not rendered to key a page (stand-ins are empty).
            // So is what is read from that HTML (the table of contents).
            var page = view.Page is ArticlePageView { BodyHtml.Html.Length: > 0 } shown ? shown with { BodyHtml = SafeHtml.Empty, Contents = [] } : view.Page;
            JsonSerializer.Serialize(writer, view.Meta, ViewJson.Default.MetaView);
            JsonSerializer.Serialize(writer, page, ViewJson.Default.GetTypeInfo(page.GetType())!);
        }

        json.Flush();
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>
    /// The content key of a feed of <paramref name="channel"/>'s items written to <paramref name="route"/>; zero (no
    /// content key: the build's fingerprint alone decides) for the moves feed and when an item has no front-matter hash.
    /// </summary>
    /// <param name="categories">Each item's categories as the feed writers write them (<see cref="FeedContent.Categories"/>).</param>
    public UInt128 Feed(string route, FeedChannel channel, Func<Article, IEnumerable<FeedCategory>> categories)
    {
        if (channel.Moves is not null)
        {
            return UInt128.Zero;
        }

        var hash = Start("feed", route);
        BuildFingerprint.AppendText(hash, channel.Name);
        BuildFingerprint.AppendText(hash, channel.Title);
        BuildFingerprint.AppendText(hash, channel.Description);
        BuildFingerprint.AppendText(hash, channel.HtmlRoute);
        Span<byte> buffer = stackalloc byte[16];
        foreach (var article in channel.Items)
        {
            if (article.FrontMatterHash == UInt128.Zero)
            {
                return UInt128.Zero;
            }

            BuildFingerprint.AppendText(hash, article.SourcePath);
            BuildFingerprint.Write(hash, article.FrontMatterHash, buffer);
            BuildFingerprint.Write(hash, BuildFingerprint.Body(article), buffer);
            foreach (var category in categories(article))
            {
                BuildFingerprint.AppendText(hash, category.Label);
            }

            // The byline's names (the slugs, and so the URLs, are in the front matter or the config).
            foreach (var author in article.Authors)
            {
                BuildFingerprint.AppendText(hash, _authors[author].Name);
            }
        }

        var key = hash.GetCurrentHashAsUInt128();
        return key == UInt128.Zero ? UInt128.One : key;
    }

    private XxHash128 Start(string kind, string route)
    {
        var hash = new XxHash128();
        Span<byte> buffer = stackalloc byte[16];
        BuildFingerprint.Write(hash, _base, buffer);
        BuildFingerprint.AppendText(hash, kind);
        BuildFingerprint.AppendText(hash, route);
        return hash;
    }

    private static void Names(XxHash128 hash, string kind, string slug, string name, IReadOnlyList<string> aliases)
    {
        BuildFingerprint.AppendText(hash, kind);
        BuildFingerprint.AppendText(hash, slug);
        BuildFingerprint.AppendText(hash, name);
        Span<byte> count = stackalloc byte[4];
        BitConverter.TryWriteBytes(count, aliases.Count);
        hash.Append(count);
        foreach (var alias in aliases)
        {
            BuildFingerprint.AppendText(hash, alias);
        }
    }
}
