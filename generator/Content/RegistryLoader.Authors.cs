using Briefing.Model;

namespace Briefing.Content;

/// <summary>The author registry: <c>content/authors/*.yml</c>, read like the company and person files.</summary>
internal static partial class RegistryLoader
{
    private static readonly string[] AuthorKeys = ["name", "role", "bio", "links", "email", "aliases"];
    private static readonly string[] AuthorLinkKeys = ["name", "url"];

    public static IReadOnlyList<Author> LoadAuthors(ContentPaths paths, long maxBytes, DiagnosticBag diagnostics, IRegistryFiles? memory = null) =>
        LoadFolder(paths, paths.Authors, maxBytes, diagnostics, memory, (reader, slug, relative) =>
        {
            var name = reader.String("name", required: true);
            var role = reader.String("role");
            var bio = reader.String("bio");
            if (bio is { } b)
            {
                if (Placeholders.IsIn(b.Value))
                {
                    reader.Diagnostics.Warning(DiagnosticCodes.Placeholder, b.Span,
                        "the bio is still the placeholder that 'briefing new' wrote; replace it with a few sentences or remove the line");
                }

                // The bio is Markdown: a link to a scheme pages never publish is reported like one in a body, at the bio's
                // value (quotes, escapes and folding make a position inside the text differ from the file's).
                var unsafeLinks = new DiagnosticBag();
                UnsafeLinks.Check(b.Value, relative, 1, unsafeLinks);
                reader.Diagnostics.AddRange(unsafeLinks.Items.Select(d => d with { Span = b.Span }));
            }

            var links = reader.MappingList("links", AuthorLinkKeys)
                .Select(l => (Name: l.String("name", required: true), Url: UrlValue.Parse(l.String("url", required: true), "url", reader.Diagnostics)))
                .Where(l => l.Name is not null && l.Url is not null)
                .Select(l => new AuthorLink(l.Name!.Value.Value, l.Url!))
                .ToArray();
            var email = EmailValue.Parse(reader.String("email"), reader.Diagnostics);

            // Not ReadMixed, as companies and people are: nothing finds authors by other names in a body, so every item is an
            // old URL, and one without its leading '/' is normalized (and checked) like a briefing's rather than taken for a name.
            var urlAliases = AliasList.Read(reader);
            return name is null
                ? null
                : new Author(slug, name.Value.Value, role?.Value, bio?.Value, links, email, relative) { UrlAliases = urlAliases };
        }, AuthorKeys);
}
