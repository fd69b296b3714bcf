using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Briefing.Rendering;

/// <summary>
/// Heading ids a page can link to: Markdig's GitHub-style ids (already unique within a body: <c>-1</c>, <c>-2</c>
/// for repeats) moved off the ids the theme uses itself, and kept unique after the move, so a table of contents
/// and any <c>#fragment</c> someone shared always lead to one heading.
/// </summary>
internal static class HeadingIds
{
    public static void MakeSafe(MarkdownDocument document, IReadOnlySet<string> reserved)
    {
        List<HtmlAttributes>? moved = null;
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.TryGetAttributes() is not { Id: { } id } attributes)
            {
                continue;
            }

            if (reserved.Contains(id))
            {
                (moved ??= []).Add(attributes);
            }
            else
            {
                taken.Add(id);
            }
        }

        // A body heading "## Main" must not take the theme's own ids (skip link target, anchors): it becomes
        // main-section, or main-section-1 when the body has a "## Main section" too.
        foreach (var attributes in moved ?? [])
        {
            var id = attributes.Id + "-section";
            var candidate = id;
            for (var n = 1; reserved.Contains(candidate) || !taken.Add(candidate); n++)
            {
                candidate = $"{id}-{n}";
            }

            attributes.Id = candidate;
        }
    }
}
