using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// A published URL never disappears silently. Each URL of the previous build's record (<see cref="PublishedUrls"/>)
/// that no page of this build and no alias covers is reported: at the file that now publishes the same briefing or
/// entry under another URL, with the exact <c>aliases</c> line to add (BRF052), or, when nothing publishes it any more,
/// at the file it came from (BRF053). "The same" is, in this order: the same source file (a changed slug or date), the
/// same title and date (a renamed file: <c>git mv</c> keeps the front matter), the same title or name; only pages whose
/// URL is new in this build are candidates, so an unrelated page that merely shares a title is never blamed.
/// </summary>
internal static class VanishedUrls
{
    /// <param name="record">The record of the previous build, or null (first build, no cache): nothing to compare.</param>
    /// <param name="hash">This build's (<see cref="PublishedUrls.Hash"/>): the same routes as the record's drop none.</param>
    /// <param name="outputs">Every route this build writes, redirects included.</param>
    public static IReadOnlyList<Diagnostic> Find(PublishedRecord? record, PublishedHash hash, SiteModel model, IEnumerable<string> outputs)
    {
        if (record is null || record.Hash.Routes == hash.Routes)
        {
            return [];
        }

        var previous = record.Entries();

        var covered = new HashSet<string>(outputs, StringComparer.Ordinal);
        var gone = previous.Where(p => !covered.Contains(p.Route)).ToArray();
        if (gone.Length == 0)
        {
            return [];
        }

        var before = new HashSet<string>(previous.Select(p => p.Route), StringComparer.Ordinal);
        var candidates = PublishedUrls.Of(model).Where(c => !before.Contains(c.Url.Route)).ToArray();
        var diagnostics = new List<Diagnostic>();
        foreach (var old in gone.OrderBy(p => p.Route, StringComparer.Ordinal))
        {
            var same = candidates.Where(c => c.Url.Kind == old.Kind).ToArray();
            var match = Array.FindIndex(same, c => old.Source.Length > 0 && c.Url.Source == old.Source) is var i and >= 0 ? i
                : Array.FindIndex(same, c => c.Url.Title == old.Title && c.Url.Date == old.Date) is var j and >= 0 ? j
                : Array.FindIndex(same, c => c.Url.Title == old.Title);
            if (match < 0)
            {
                var where = old.Source.Length > 0 ? old.Source : PublishedUrls.TagsFile;
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.PublishedUrlGone, SourceSpan.File(where),
                    $"the URL {old.Route} (\"{old.Title}\") was published and would disappear: nothing publishes it now (deleted, a draft "
                    + "or scheduled); to keep it working, add it to the 'aliases' of the page that replaces it"));
                continue;
            }

            var (now, span, hasAliases) = same[match];
            if (old.Kind == "briefing" && now.Date.Length >= 4 && !old.Route.StartsWith($"/briefings/{now.Date[..4]}/", StringComparison.Ordinal))
            {
                span = model.Articles.First(a => a.SourcePath == now.Source).DateSpan is { Path: not null } date ? date : span; // the year moved
            }

            var fix = old.Kind == "tag"
                ? $"add 'aliases: [{old.Route}]' to the entry '{now.Route.Split('/')[2]}' in {PublishedUrls.TagsFile}"
                : hasAliases ? $"add {old.Route} to its 'aliases'" : $"add 'aliases: [{old.Route}]'";
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UrlWouldVanish, span,
                $"the URL {old.Route} was published and would disappear; {fix} to keep it working"));
        }

        return diagnostics;
    }
}
