using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// Reads <c>content/pages/*.md</c> into the published standalone pages: one URL each, drafts left out unless the load
/// includes them, no scaffold summary left in a page meant for readers.
/// </summary>
internal static class PageLoader
{
    public static IReadOnlyList<Page> Load(ContentPaths paths, long maxBytes, LoadOptions options, DiagnosticBag diagnostics)
    {
        var parsed = FileBatch.Read(paths, paths.Enumerate(paths.Pages, "*", recursive: true, diagnostics), diagnostics, (file, bag) =>
        {
            var relative = paths.Relative(file);
            if (!file.EndsWith(".md", StringComparison.Ordinal) || Path.GetDirectoryName(file) != paths.Pages)
            {
                bag.Warning(DiagnosticCodes.MisplacedFile, SourceSpan.File(relative),
                    "pages live in content/pages/<slug>.md (no subfolders); this file is not published");
                return null;
            }

            var text = TextFile.Read(file, relative, maxBytes, bag);
            return text is null ? null : PageParser.Parse(text, relative, bag);
        });

        CheckCollisions(parsed, diagnostics);
        CheckPlaceholders(parsed, diagnostics);
        return parsed
            .Where(p => options.IncludeDrafts || !p.Page.Draft)
            .Select(p => p.Page)
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .ToArray();
    }

    private static void CheckCollisions(IReadOnlyList<ParsedPage> parsed, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, ParsedPage>(StringComparer.Ordinal);
        foreach (var p in parsed)
        {
            if (!seen.TryAdd(p.Page.Url, p))
            {
                diagnostics.Error(DiagnosticCodes.UrlCollision, p.Page.SlugSpan,
                    $"this page and {seen[p.Page.Url].Page.SourcePath} would both be published at {p.Page.Url}; give one of them another 'slug'");
            }
        }
    }

    private static void CheckPlaceholders(IReadOnlyList<ParsedPage> parsed, DiagnosticBag diagnostics)
    {
        foreach (var p in parsed.Where(p => Placeholders.IsIn(p.Page.Summary)))
        {
            const string message = "the summary is still the placeholder that 'briefing new' wrote; replace it with one or two sentences";
            if (p.Page.Draft)
            {
                diagnostics.Warning(DiagnosticCodes.Placeholder, p.SummarySpan, message + " before you publish");
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.Placeholder, p.SummarySpan, message + " (a page that is not a draft cannot be published with it)");
            }
        }
    }
}
