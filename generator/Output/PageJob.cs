using Briefing.Rendering;
using Briefing.Rendering.Views;

namespace Briefing.Output;

/// <summary>One HTML page to render: its route, its layout, and how to build its views (deferred, so views live only while rendering).</summary>
/// <param name="LastModified">For the sitemap's <c>lastmod</c>: the newest date of what the page shows; null when it shows no briefing.</param>
/// <param name="Body">The briefing whose rendered body the page shows (a briefing page), or null: the one input of a page
/// that <see cref="BuildFingerprint"/> leaves out, so it is part of the page's cache key.</param>
/// <param name="Standalone">The standalone page this job renders, or null: its body is part of the page's cache key too.</param>
/// <param name="Intro">The digest intro an edition's page shows, or null: its body is part of the page's cache key too.</param>
internal sealed record PageJob(string Route, string Layout, Model.PublishDate? LastModified, Func<ViewFactory, (MetaView Meta, object Page)> Build,
    Model.Article? Body = null, Model.Page? Standalone = null, Model.DigestIntro? Intro = null)
{
    /// <summary>The hash of the one body this page shows (a briefing's, a standalone page's or an intro's), for its cache key; null when it shows none.</summary>
    public UInt128? BodyHash() =>
        Body is { } article ? BuildFingerprint.Body(article) : Standalone is { } page ? page.Body.Hash : Intro is { } intro ? intro.Body.Hash : null;
}
