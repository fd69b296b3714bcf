using System.Text.Json;
using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>Bylines in a NewsArticle, and the ProfilePage of an author.</summary>
public sealed partial class JsonLd
{
    /// <summary>
    /// A NewsArticle's <c>author</c>: a Person per byline name, with their page as <c>url</c>; a briefing without
    /// authors keeps the site (its <c>author</c>, else its title) as an Organization.
    /// </summary>
    private void Authors(Utf8JsonWriter json, Article article)
    {
        if (article.Authors.Count == 0)
        {
            json.WritePropertyName("author");
            Organization(json, _config.Author ?? _config.Title, urls.Absolute(Routes.Home()));
            return;
        }

        json.WriteStartArray("author");
        foreach (var slug in article.Authors)
        {
            Thing(json, "Person", model.Authors[slug].Name, urls.Absolute(Routes.Author(slug)));
        }

        json.WriteEndArray();
    }

    /// <summary>An author's page: a ProfilePage whose main entity is the Person, with their role, bio, profiles and address.</summary>
    public SafeHtml Author(Author author) => Write(json =>
    {
        var url = urls.Absolute(Routes.Author(author.Slug));
        Start(json, "ProfilePage");
        json.WriteString("url", url);
        json.WriteString("inLanguage", _config.Language);
        json.WriteStartObject("mainEntity");
        json.WriteString("@type", "Person");
        json.WriteString("name", author.Name);
        json.WriteString("url", url);
        if (author.Role is { } role)
        {
            json.WriteString("jobTitle", role);
        }

        if (author.Bio is { } bio)
        {
            json.WriteString("description", bio.Trim());
        }

        if (author.Email is { } email)
        {
            json.WriteString("email", email);
        }

        if (author.Links.Count > 0)
        {
            json.WriteStartArray("sameAs");
            foreach (var link in author.Links)
            {
                json.WriteStringValue(link.Url.AbsoluteUri);
            }

            json.WriteEndArray();
        }

        json.WritePropertyName("worksFor");
        Organization(json, _config.Title, urls.Absolute(Routes.Home()));
        json.WriteEndObject();
    });
}
