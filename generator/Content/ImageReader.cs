using Briefing.Model;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = Briefing.Model.SourceSpan;

namespace Briefing.Content;

/// <summary>
/// Reads the images content names — a briefing's <c>image:</c>, its body's <c>![alt](src)</c>, a registry entry's
/// <c>logo</c> or <c>photo</c> — and checks what the text alone can tell (alt text, the path stays in content/, the
/// format). Whether each file exists is checked on every build (<see cref="CheckFiles"/>): a file can go while the
/// briefing that names it does not change.
/// </summary>
internal static class ImageReader
{
    private static readonly string[] HeroKeys = ["src", "alt", "caption", "credit", "decorative"];

    private const string Formats = "use a JPEG, PNG or WebP file";

    /// <summary>Front matter <c>image: {src, alt, caption, credit, decorative}</c>; the file is added to <paramref name="files"/>.</summary>
    public static ImageRef? Hero(MappingReader r, List<Located<string>> files)
    {
        if (r.Mapping("image", HeroKeys) is not { } m)
        {
            return null;
        }

        var src = m.String("src", required: true);
        var alt = m.String("alt");
        var decorative = m.Bool("decorative") ?? false;
        if (alt is null)
        {
            m.Diagnostics.Error(DiagnosticCodes.ImageAlt, m.SpanOfKey("src"),
                "the image has no 'alt': describe what it shows for readers who cannot see it (alt: \"\" with decorative: true for an ornament)");
        }
        else if (string.IsNullOrWhiteSpace(alt.Value.Value) && !decorative)
        {
            m.Diagnostics.Error(DiagnosticCodes.ImageAlt, alt.Value.Span,
                "the image's 'alt' is empty: describe what it shows, or add 'decorative: true' if it adds nothing the text does not say");
        }

        if (src is not { } s || Locate(s, r.Path, m.Diagnostics) is not { } file)
        {
            return null;
        }

        files.Add(file);
        return new ImageRef(file.Value, alt?.Value.Trim() ?? string.Empty, m.String("caption")?.Value, m.String("credit")?.Value, decorative);
    }

    /// <summary>
    /// A registry entry's <c>logo</c> or <c>photo</c> (a path, from the .yml file or from content/ with a leading '/'); its
    /// alt text is <paramref name="alt"/> (the entry's name). Registries are read on every build: the file is checked here.
    /// </summary>
    public static ImageRef? Registry(MappingReader r, string key, string alt, ContentPaths paths)
    {
        if (r.String(key) is not { } src || Locate(src, r.Path, r.Diagnostics) is not { } file)
        {
            return null;
        }

        return Exists(paths, file, r.Diagnostics) ? new ImageRef(file.Value, alt, null, null, false) : null;
    }

    /// <summary>
    /// The local images of a body, with their positions: an empty alt is an error here. A remote (http) image, or a
    /// root-relative path outside <c>/media/</c> (a file the theme publishes), is left as written: not processed, not listed.
    /// </summary>
    public static IReadOnlyList<Located<string>> Body(string body, string relativePath, int bodyLine, DiagnosticBag diagnostics)
    {
        if (!body.Contains("![", StringComparison.Ordinal))
        {
            return [];
        }

        var files = new List<Located<string>>();
        foreach (var image in Markdown.Parse(body, UnsafeLinks.Pipeline).Descendants<LinkInline>())
        {
            if (!image.IsImage || image.Url is not { } url || LinkSafety.UnsafeScheme(url) is not null)
            {
                continue;
            }

            var span = new SourceSpan(relativePath, bodyLine + image.Line, image.Column + 1);
            if (image.FirstChild is null || string.IsNullOrWhiteSpace(AltText(image)))
            {
                diagnostics.Error(DiagnosticCodes.ImageAlt, span,
                    "the image has no alt text: write what it shows between the brackets, ![Alt text](photo.jpg)");
            }

            if (MediaPaths.IsProcessedInBody(url) && Locate(new Located<string>(url, span), relativePath, diagnostics) is { } file)
            {
                files.Add(file);
            }
        }

        return files;
    }

    /// <summary>Reports each file of <paramref name="files"/> that does not exist (BRF061), or a link in its path that leaves the site.</summary>
    public static void CheckFiles(ContentPaths paths, IEnumerable<Located<string>> files, DiagnosticBag diagnostics)
    {
        foreach (var file in files)
        {
            Exists(paths, file, diagnostics);
        }
    }

    private static bool Exists(ContentPaths paths, Located<string> file, DiagnosticBag diagnostics)
    {
        var links = new DiagnosticBag();
        if (paths.Exists(Path.Combine(paths.Root, file.Value), links))
        {
            return true;
        }

        if (links.Items.Count > 0)
        {
            // A symbolic link on the way (to outside the site, nowhere, a loop): reported where the image is named.
            diagnostics.Error(DiagnosticCodes.ImageOutsideSite, file.Span, $"{file.Value}: {links.Items[0].Message}");
        }
        else
        {
            diagnostics.Error(DiagnosticCodes.ImageMissing, file.Span, $"no image file {file.Value}; check the name, or add the file");
        }

        return false;
    }

    /// <summary>The file <paramref name="src"/> names, relative to the site root, or null with BRF063 or BRF062 reported.</summary>
    private static Located<string>? Locate(Located<string> src, string fromFile, DiagnosticBag diagnostics)
    {
        var path = src.Value.Trim();
        if (MediaPaths.IsRemote(path))
        {
            diagnostics.Error(DiagnosticCodes.ImageFormat, src.Span,
                $"'{path}' is a remote URL: hero, logo and photo images are files of the site (put it beside the briefing or in content/media/)");
            return null;
        }

        if (MediaPaths.Resolve(fromFile, path) is not { } file)
        {
            diagnostics.Error(DiagnosticCodes.ImageOutsideSite, src.Span,
                $"'{path}' is not a file inside content/: write a path relative to this file, or from content/ with a leading '/' (/media/photo.jpg)");
            return null;
        }

        if (!MediaPaths.Extensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
        {
            diagnostics.Error(DiagnosticCodes.ImageFormat, src.Span, $"'{path}' is not a supported image; {Formats}");
            return null;
        }

        return new Located<string>(file, src.Span);
    }

    private static string AltText(ContainerInline image)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in image.Descendants<LiteralInline>())
        {
            text.Append(inline.Content.ToString());
        }

        return text.ToString();
    }
}
