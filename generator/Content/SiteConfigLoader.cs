using Briefing.Model;

namespace Briefing.Content;

/// <summary>Reads <c>content/site.yml</c>.</summary>
internal static class SiteConfigLoader
{
    private static readonly string[] Keys = ["title", "base_url", "description", "language", "author", "per_page", "feed_items", "max_file_mb", "default_authors", "menus", "timezone", "newsletter", "images"];

    /// <param name="baseUrlOverride">From <c>--base-url</c>: wins over the file (previews, branch deploys).</param>
    /// <param name="defaultAuthors">Receives <c>default_authors</c> with their positions, checked against the author registry later.</param>
    public static SiteConfig? Load(ContentPaths paths, string? baseUrlOverride, DiagnosticBag diagnostics, List<Located<string>>? defaultAuthors = null)
    {
        var relative = paths.Relative(paths.SiteFile);
        var reported = diagnostics.Items.Count;
        if (!paths.Exists(paths.SiteFile, diagnostics))
        {
            if (diagnostics.Items.Count > reported)
            {
                return null; // a link that may not be followed, reported
            }

            diagnostics.Error(DiagnosticCodes.SiteConfig, SourceSpan.File(relative),
                "content/site.yml is missing; create it with title, base_url, description and language");
            return null;
        }

        var text = TextFile.Read(paths.SiteFile, relative, SiteConfig.DefaultMaxFileBytes, diagnostics);
        var root = text is null ? null : YamlText.ParseMapping(text, relative, 1, diagnostics);
        if (root is null)
        {
            return null;
        }

        var reader = new MappingReader(root, relative, 1, diagnostics, Keys);
        var title = reader.String("title", required: true);
        var description = reader.String("description", required: true);
        var language = reader.String("language", required: true);
        var author = reader.String("author");
        var perPage = reader.PositiveInt("per_page");
        var feedItems = reader.PositiveInt("feed_items");
        var maxFile = reader.PositiveInt("max_file_mb");
        var authors = reader.StringList("default_authors").Where(a => CheckAuthorSlug(a, diagnostics)).DistinctBy(a => a.Value).ToArray();
        defaultAuthors?.AddRange(authors);
        var menus = MenuReader.ReadConfig(reader);
        var timeZone = DigestSettingsReader.TimeZone(reader);
        var newsletter = DigestSettingsReader.Newsletter(reader);
        var images = ImageSettingsReader.Read(reader);

        Uri? baseUrl = null;
        if (baseUrlOverride is not null)
        {
            baseUrl = ParseBaseUrl(baseUrlOverride);
            if (baseUrl is null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidUrl, SourceSpan.File(relative),
                    $"--base-url '{baseUrlOverride}' is not an absolute http(s) URL");
            }
        }
        else if (reader.String("base_url", required: true) is { } located)
        {
            baseUrl = ParseBaseUrl(located.Value);
            if (baseUrl is null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidUrl, located.Span,
                    $"base_url '{located.Value}' is not an absolute http(s) URL (for example https://briefing.example.org/)");
            }
        }

        if (language is { } lang && !IsLanguageTag(lang.Value))
        {
            diagnostics.Error(DiagnosticCodes.SiteConfig, lang.Span, $"language '{lang.Value}' is not a language tag such as 'en' or 'en-GB'");
        }

        if (title is null || description is null || language is null || baseUrl is null)
        {
            return null;
        }

        return new SiteConfig(title.Value.Value, baseUrl, description.Value.Value, language.Value.Value, author?.Value,
            perPage?.Value ?? SiteConfig.DefaultPerPage, feedItems?.Value ?? SiteConfig.DefaultFeedItems)
        {
            MaxFileMegabytes = maxFile?.Value ?? SiteConfig.DefaultMaxFileMegabytes,
            DefaultAuthors = authors.Select(a => a.Value).ToArray(),
            Menus = menus,
            TimeZone = timeZone,
            Newsletter = newsletter,
            Images = images,
        };
    }

    private static bool CheckAuthorSlug(Located<string> slug, DiagnosticBag diagnostics)
    {
        if (Slug.IsValid(slug.Value))
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.InvalidSlug, slug.Span, $"'{slug.Value}' in 'default_authors' is not a slug (lowercase letters, digits, single hyphens)");
        return false;
    }

    internal static Uri? ParseBaseUrl(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.EndsWith('/'))
        {
            trimmed += "/";
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
               && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
               && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
            ? uri
            : null;
    }

    private static bool IsLanguageTag(string text) =>
        text.Length is >= 2 and <= 35 && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && char.IsAsciiLetter(text[0]);
}
