using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// Writes a JSON Feed 1.1 with <see cref="Utf8JsonWriter"/>, streamed to the file: the permalink as each item's id,
/// <c>date_published</c>, <c>date_modified</c> when the briefing was updated, the full body as <c>content_html</c>,
/// its companies, people and tags as <c>tags</c>.
/// </summary>
internal static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    private static readonly JsonWriterOptions Options = new()
    {
        // A standalone file, never inlined into HTML: '<' and '&' may stay as they are, which keeps content_html
        // readable. Control characters are still escaped, and nothing here is unescaped JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    public static void Write(Stream stream, FeedContent content, FeedChannel channel)
    {
        var urls = content.Urls;
        var home = urls.Absolute(Routes.Home());
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("version", Version);
        json.WriteString("title", channel.Title);
        json.WriteString("home_page_url", urls.Absolute(channel.HtmlRoute));
        json.WriteString("feed_url", urls.Absolute(channel.Route));
        json.WriteString("description", channel.Description);
        json.WriteString("language", content.Config.Language);
        WriteAuthors(json, content.Author, home);
        json.WriteStartArray("items");
        foreach (var article in channel.Items)
        {
            var link = content.Link(article);
            json.WriteStartObject();
            json.WriteString("id", content.Id(article));
            json.WriteString("url", link);
            json.WriteString("title", article.Title);
            json.WriteString("summary", article.Summary);
            json.WriteString("content_html", content.ContentHtml(article));
            if (content.Enclosure(article) is { } image)
            {
                json.WriteString("image", image.Url);
            }

            json.WriteString("date_published", article.Date.ToIso());
            if (article.Updated is { } updated)
            {
                json.WriteString("date_modified", updated.ToIso());
            }

            json.WriteStartArray("tags");
            foreach (var category in content.Categories(article))
            {
                json.WriteStringValue(category.Label);
            }

            json.WriteEndArray();
            if (article.Authors.Count > 0)
            {
                json.WriteStartArray("authors");
                foreach (var author in content.Authors(article))
                {
                    json.WriteStartObject();
                    json.WriteString("name", author.Name);
                    json.WriteString("url", author.Url);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }
            else
            {
                WriteAuthors(json, content.Author, home);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteAuthors(Utf8JsonWriter json, string name, string url)
    {
        json.WriteStartArray("authors");
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("url", url);
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
