using System.Globalization;
using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// A briefing slug that would take a date archive's URL (BRF055): <c>06</c> is the archive of June, and <c>page</c>
/// is where a year's archive pages go. Refused rather than let one file overwrite the other.
/// </summary>
internal static class ArchiveSlugs
{
    public static void Report(Located<string> slug, PublishDate date, bool fromFrontMatter, DiagnosticBag diagnostics)
    {
        var year = date.Day.Year;
        var url = Routes.Article(year, slug.Value);
        var what = slug.Value == "page"
            ? $"where the {year} archive's later pages go"
            : $"the archive of {new DateOnly(year, int.Parse(slug.Value, CultureInfo.InvariantCulture), 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture)}";
        diagnostics.Error(DiagnosticCodes.ArchiveSlug, slug.Span,
            $"slug '{slug.Value}' would publish this briefing at {url}, {what}; choose another 'slug'"
            + (fromFrontMatter ? string.Empty : " (it comes from the file name)"));
    }
}
