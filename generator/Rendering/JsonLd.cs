using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>
/// Schema.org JSON-LD for the head of briefings (NewsArticle), company pages (Organization), person pages (Person)
/// and the home page (WebSite). Serialized with <see cref="Utf8JsonWriter"/>, never concatenated, then made safe for
/// the <c>&lt;script&gt;</c> element it sits in: every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> (which JSON only has
/// inside strings) becomes <c>\u003C</c>, <c>\u003E</c>, <c>\u0026</c>, so no title can close the element, and the
/// JSON still parses to exactly the same text. Letters stay readable.
/// </summary>
public sealed partial class JsonLd(SiteModel model, SiteUrls urls)
{
    private const string Context = "https://schema.org";

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Past this, a thread's buffer is not kept for the next block (one very long description).</summary>
    private const int KeptBytes = 256 * 1024;

    private readonly SiteConfig _config = model.Config;
    private readonly PerThread<JsonBuffer> _writers = new(() => new JsonBuffer());

    /// <param name="pictures">The processed images: the hero's variants are the article's <c>image</c> (Google asks for one).</param>
    public SafeHtml Article(Article article, PictureHtml? pictures = null) => Write(json =>
    {
        var url = urls.Absolute(article.Url);
        Start(json, "NewsArticle");
        json.WriteString("headline", article.Title);
        json.WriteString("description", article.Summary);
        json.WriteString("url", url);
        json.WriteStartObject("mainEntityOfPage");
        json.WriteString("@type", "WebPage");
        json.WriteString("@id", url);
        json.WriteEndObject();
        json.WriteString("datePublished", article.Date.ToIso());
        json.WriteString("dateModified", (article.Updated ?? article.Date).ToIso());
        json.WriteString("inLanguage", _config.Language);
        if (pictures?.Find(article.Image?.Source) is { } hero)
        {
            // Widest first: Google picks from several sizes and wants one at least 1200 px wide when there is one.
            json.WriteStartArray("image");
            for (var i = hero.Variants.Count - 1; i >= 0; i--)
            {
                json.WriteStringValue(urls.Absolute(hero.Variants[i].FallbackRoute));
            }

            json.WriteEndArray();
        }

        Authors(json, article);
        json.WritePropertyName("publisher");
        Organization(json, _config.Title, urls.Absolute(Routes.Home()));
        if (article.Companies.Count > 0)
        {
            json.WriteStartArray("about");
            foreach (var slug in article.Companies)
            {
                Organization(json, model.Companies[slug].Name, urls.Absolute(Routes.Company(slug)));
            }

            json.WriteEndArray();
        }

        if (article.People.Count > 0)
        {
            json.WriteStartArray("mentions");
            foreach (var slug in article.People)
            {
                Thing(json, "Person", model.People[slug].Name, urls.Absolute(Routes.Person(slug)));
            }

            json.WriteEndArray();
        }

        if (article.Tags.Count > 0)
        {
            json.WriteStartArray("keywords");
            foreach (var slug in article.Tags)
            {
                json.WriteStringValue(model.Tags[slug].Name);
            }

            json.WriteEndArray();
        }

        if (article.Sources.Count > 0)
        {
            json.WriteStartArray("citation");
            foreach (var source in article.Sources)
            {
                Thing(json, "CreativeWork", source.Name, source.Url?.AbsoluteUri);
            }

            json.WriteEndArray();
        }
    });

    public SafeHtml Company(Company company) => Write(json =>
    {
        Start(json, "Organization");
        json.WriteString("name", company.Name);
        Aliases(json, company.Aliases);
        json.WriteString("url", urls.Absolute(Routes.Company(company.Slug)));
        if (company.Website is { } website)
        {
            json.WriteString("sameAs", website.AbsoluteUri);
        }

        if (company.Description is { } description)
        {
            json.WriteString("description", description);
        }

        if (company.Parent is { } parent)
        {
            json.WritePropertyName("parentOrganization");
            Organization(json, model.Companies[parent].Name, urls.Absolute(Routes.Company(parent)));
        }

        if (model.Subsidiaries.TryGetValue(company.Slug, out var subsidiaries) && subsidiaries.Count > 0)
        {
            json.WriteStartArray("subOrganization");
            foreach (var sub in subsidiaries)
            {
                Organization(json, sub.Name, urls.Absolute(Routes.Company(sub.Slug)));
            }

            json.WriteEndArray();
        }
    });

    public SafeHtml Person(Person person) => Write(json =>
    {
        Start(json, "Person");
        json.WriteString("name", person.Name);
        Aliases(json, person.Aliases);
        json.WriteString("url", urls.Absolute(Routes.Person(person.Slug)));
        if (person.Description is { } description)
        {
            json.WriteString("description", description);
        }
    });

    public SafeHtml WebSite() => Write(json =>
    {
        Start(json, "WebSite");
        json.WriteString("name", _config.Title);
        json.WriteString("url", urls.Absolute(Routes.Home()));
        json.WriteString("description", _config.Description);
        json.WriteString("inLanguage", _config.Language);
        json.WritePropertyName("publisher");
        Organization(json, _config.Author ?? _config.Title, urls.Absolute(Routes.Home()));
    });

    /// <summary>A standalone page: WebPage, or AboutPage / ContactPage by its type, part of the WebSite.</summary>
    public SafeHtml WebPage(Page page) => Write(json =>
    {
        Start(json, page.Type switch { PageType.About => "AboutPage", PageType.Contact => "ContactPage", _ => "WebPage" });
        json.WriteString("name", page.Title);
        json.WriteString("description", page.Summary);
        json.WriteString("url", urls.Absolute(page.Url));
        json.WriteString("inLanguage", _config.Language);
        if (page.Updated is { } updated)
        {
            json.WriteString("dateModified", updated.ToIso());
        }

        json.WritePropertyName("isPartOf");
        Thing(json, "WebSite", _config.Title, urls.Absolute(Routes.Home()));
        json.WritePropertyName("publisher");
        Organization(json, _config.Author ?? _config.Title, urls.Absolute(Routes.Home()));
    });

    /// <summary>
    /// The JSON <paramref name="body"/> writes, made safe for a script element, held as UTF-8 (as it is written and as the
    /// page takes it). The buffer and writer are the thread's, reused block after block.
    /// </summary>
    private SafeHtml Write(Action<Utf8JsonWriter> body)
    {
        var writer = _writers.Take();
        var (buffer, json) = (writer.Buffer, writer.Json);
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        body(json);
        json.WriteEndObject();
        json.Flush();
        var written = buffer.WrittenSpan;
        var html = written.IndexOfAny("<>&"u8) < 0 ? written.ToArray() : Escape(written);
        if (buffer.Capacity <= KeptBytes)
        {
            _writers.Return(writer);
        }

        return SafeHtml.FromUtf8Bytes(html);
    }

    /// <summary><paramref name="json"/> with every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as <c>\u003C</c>, <c>\u003E</c>, <c>\u0026</c>.</summary>
    private static byte[] Escape(ReadOnlySpan<byte> json)
    {
        var escaped = new ArrayBufferWriter<byte>(json.Length + 64);
        while (json.IndexOfAny("<>&"u8) is var at and >= 0)
        {
            escaped.Write(json[..at]);
            escaped.Write(json[at] switch { (byte)'<' => "\\u003C"u8, (byte)'>' => "\\u003E"u8, _ => "\\u0026"u8 });
            json = json[(at + 1)..];
        }

        escaped.Write(json);
        return escaped.WrittenSpan.ToArray();
    }

    /// <summary>One thread's buffer and the JSON writer over it.</summary>
    private sealed class JsonBuffer
    {
        public JsonBuffer() => Json = new Utf8JsonWriter(Buffer, Options);

        public ArrayBufferWriter<byte> Buffer { get; } = new(4096);

        public Utf8JsonWriter Json { get; }
    }

    private static void Start(Utf8JsonWriter json, string type)
    {
        json.WriteStartObject();
        json.WriteString("@context", Context);
        json.WriteString("@type", type);
    }

    private static void Organization(Utf8JsonWriter json, string name, string url) => Thing(json, "Organization", name, url);

    private static void Thing(Utf8JsonWriter json, string type, string name, string? url)
    {
        json.WriteStartObject();
        json.WriteString("@type", type);
        json.WriteString("name", name);
        if (url is not null)
        {
            json.WriteString("url", url);
        }

        json.WriteEndObject();
    }

    private static void Aliases(Utf8JsonWriter json, IReadOnlyList<string> aliases)
    {
        if (aliases.Count == 0)
        {
            return;
        }

        json.WriteStartArray("alternateName");
        foreach (var alias in aliases)
        {
            json.WriteStringValue(alias);
        }

        json.WriteEndArray();
    }
}
