using Briefing.Model;

namespace Briefing.Output;

/// <summary>
/// What <c>check</c> reports about URLs without building: alias collisions with the whole output plan (BRF051), and
/// the published URLs that a build into the default output folder (<c>public/</c>) would drop (BRF052, BRF053),
/// compared with the record that folder's last build left in the build cache.
/// </summary>
public static class PermanentUrls
{
    public static IReadOnlyList<Diagnostic> Check(string sourceRoot, string theme, SiteModel model)
    {
        var diagnostics = new List<Diagnostic>();
        var planned = OutputPlan.Routes(model, Path.Combine(sourceRoot, "themes", theme));
        var redirects = RedirectPlan.Plan(model, planned, diagnostics);
        if (diagnostics.Count > 0)
        {
            return diagnostics;
        }

        var previous = PublishedUrls.Read(Caching.BuildStamp.CacheFolder(sourceRoot), Path.Combine(sourceRoot, "public"));
        return VanishedUrls.Find(previous, PublishedUrls.Hash(model), model, [.. planned, .. RedirectPlan.Outputs(redirects)]);
    }
}
