using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// Reads <c>content/digest/YYYY-Www.md</c>, the editors' intros of weekly editions: an optional front matter
/// (<c>title</c>, <c>draft</c>) and a Markdown introduction. A file not named after a week is BRF077 and left out.
/// </summary>
internal static class DigestLoader
{
    private static readonly string[] Keys = ["title", "draft"];

    public static IReadOnlyList<DigestIntro> Load(ContentPaths paths, long maxBytes, DiagnosticBag diagnostics)
    {
        var intros = FileBatch.Read(paths, paths.Enumerate(paths.Digest, "*", recursive: true, diagnostics), diagnostics, (file, bag) =>
        {
            var relative = paths.Relative(file);
            var name = Path.GetFileName(file);
            if (Path.GetDirectoryName(file) != paths.Digest || !name.EndsWith(".md", StringComparison.Ordinal)
                || !IsoWeek.TryParse(name[..^3], out var week))
            {
                bag.Error(DiagnosticCodes.DigestFileName, SourceSpan.File(relative),
                    "a digest intro is named after its ISO week, content/digest/YYYY-Www.md (for example 2025-W26.md, week 1 of 2025 is 2025-W01)");
                return null;
            }

            var text = TextFile.Read(file, relative, maxBytes, bag);
            return text is null ? null : Parse(text, relative, week, bag);
        });
        return intros.OrderBy(i => i.Week).ToArray();
    }

    /// <summary>The intro, or null when its front matter has errors (all reported).</summary>
    public static DigestIntro? Parse(string text, string relative, IsoWeek week, DiagnosticBag diagnostics)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            UnsafeLinks.Check(text, relative, 1, diagnostics);
            return new DigestIntro(relative, week, null, false, new BodyText(text));
        }

        if (FrontMatter.Read(text, relative, "a digest intro", diagnostics) is not var (front, root))
        {
            return null;
        }

        var errors = diagnostics.Items.Count(d => d.IsError);
        var reader = new MappingReader(root, relative, front.YamlLine, diagnostics, Keys);
        var title = reader.String("title");
        var draft = reader.Bool("draft") ?? false;
        UnsafeLinks.Check(front.Body, relative, front.BodyLine, diagnostics);
        return diagnostics.Items.Count(d => d.IsError) != errors ? null
            : new DigestIntro(relative, week, title?.Value, draft, new BodyText(front.Body));
    }

    /// <summary>BRF078 for an intro whose week has no published briefing: nothing would publish it.</summary>
    public static void CheckWeeks(SiteModel model, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        if (model.Digest.Intros.Count == 0)
        {
            return;
        }

        var weeks = model.Articles.Select(a => IsoWeek.Of(a.Date, zone)).ToHashSet();
        foreach (var intro in model.Digest.Intros.Where(i => !weeks.Contains(i.Week)))
        {
            diagnostics.Warning(DiagnosticCodes.DigestWeekEmpty, intro.Span,
                $"no published briefing is dated in {intro.Week} ({Edition.Range(intro.Week)}), so this intro is not published; check the file name's week");
        }
    }
}
