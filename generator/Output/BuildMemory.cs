using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>
/// What <c>serve</c> keeps of its last successful build for <see cref="QuickPublish"/>: the model, the parsed theme,
/// the views and bodies worked out, the page plan and the feeds. It owns the theme's templates from the build that
/// loaded them until the next build replaces them. One build or quick publish at a time.
/// </summary>
public sealed class BuildMemory : IDisposable
{
    private ThemeTemplates? _templates;

    /// <summary>The last successful build, or null (none yet, or the last build failed).</summary>
    internal Snapshot? Last { get; private set; }

    /// <summary>A build starts: what the previous one left is no longer the output's; <paramref name="templates"/> are now owned here.</summary>
    internal void Starting(ThemeTemplates? templates)
    {
        Last = null;
        if (!ReferenceEquals(_templates, templates))
        {
            _templates?.Dispose();
        }

        _templates = templates;
    }

    /// <summary>The build succeeded and published <paramref name="snapshot"/>.</summary>
    internal void Succeeded(Snapshot snapshot) => Last = snapshot;

    public void Dispose()
    {
        Last = null;
        _templates?.Dispose();
        _templates = null;
    }

    /// <summary>One published build: enough to render again the pages and feeds that show a briefing's body.</summary>
    internal sealed record Snapshot(string Output, SiteModel Model, ThemeTemplates Templates, ViewFactory Views, LazyBodies Bodies,
        SiteUrls Urls, IReadOnlyList<PageJob> Jobs, FeedCatalog Feeds, FeedContent FeedContent)
    {
        private readonly Lazy<Dictionary<string, int>> _positions = new(() =>
            Model.Articles.Select((a, i) => (a.SourcePath, i)).ToDictionary(p => p.SourcePath, p => p.i, StringComparer.Ordinal));

        /// <summary>Works out, while serve waits for a save, what the quick path would otherwise work out first.</summary>
        public void Prime()
        {
            _ = _positions.Value;
            if (Model.Articles.Count > 0)
            {
                _ = Model.PositionOf(Model.Articles[0]);
            }

            Views.Prime();
            Bodies.Prime();
        }

        /// <summary>The position in <see cref="SiteModel.Articles"/> of the briefing read from <paramref name="sourcePath"/>, or -1.</summary>
        public int PositionOf(string sourcePath) => _positions.Value.TryGetValue(sourcePath, out var i) ? i : -1;
    }
}
