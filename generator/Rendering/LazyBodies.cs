using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>
/// The rendered Markdown of each briefing, in <see cref="SiteModel.Articles"/> order, rendered the first time a page
/// or feed asks for it (from any thread): an incremental build renders only the bodies of what it re-renders.
/// </summary>
public sealed class LazyBodies : IReadOnlyList<string>
{
    private readonly IReadOnlyList<Article> _articles;
    private readonly MarkdownRenderer _markdown;
    private readonly Lazy<EntityLinker> _links;
    private readonly string?[] _html;
    private readonly PictureHtml _pictures;
    private int _rendered;

    public LazyBodies(SiteModel model, MarkdownRenderer markdown, PictureHtml? pictures = null)
    {
        _pictures = pictures ?? PictureHtml.None;
        _articles = model.Articles;
        _markdown = markdown;
        _links = new Lazy<EntityLinker>(() => EntityLinker.For(model));
        _html = new string?[_articles.Count];
    }

    private LazyBodies(LazyBodies other, IReadOnlyList<Article> articles, string?[] html)
    {
        _articles = articles;
        _markdown = other._markdown;
        _links = other._links;
        _pictures = other._pictures;
        _html = html;
    }

    /// <summary>
    /// These bodies after body edits (serve's quick path): the article at each key of <paramref name="edited"/> (a
    /// position in <see cref="SiteModel.Articles"/>) is replaced by its value, whose body is rendered when asked for;
    /// every other body is shared as rendered so far.
    /// </summary>
    public LazyBodies WithEdits(IReadOnlyDictionary<int, Article> edited)
    {
        var articles = _articles.ToArray();
        var html = new string?[_html.Length];
        for (var i = 0; i < html.Length; i++)
        {
            html[i] = Volatile.Read(ref _html[i]);
        }

        foreach (var (index, article) in edited)
        {
            articles[index] = article;
            html[index] = null;
        }

        return new LazyBodies(this, articles, html);
    }

    /// <summary>Works out now what rendering a body needs on first use (the registry names that bodies link).</summary>
    public void Prime() => _ = _links.Value;

    /// <summary>Renders the bodies at <paramref name="positions"/> now, in parallel.</summary>
    public void Render(IReadOnlyList<int> positions) => Parallel.For(0, positions.Count, i => _ = this[positions[i]]);

    /// <summary>How many bodies were rendered so far.</summary>
    public int Rendered => Volatile.Read(ref _rendered);

    public int Count => _html.Length;

    public string this[int index]
    {
        get
        {
            if (Volatile.Read(ref _html[index]) is { } html)
            {
                return html;
            }

            var article = _articles[index];
            html = _markdown.ToHtml(article.Body.Text, article.Autolink ? _links.Value : null, (_pictures, article.SourcePath));
            if (Interlocked.CompareExchange(ref _html[index], html, null) is { } other)
            {
                return other;
            }

            Interlocked.Increment(ref _rendered);
            article.Body.Release(); // the Markdown can be read again from its file; the HTML is what pages and feeds use
            return html;
        }
    }

    /// <summary>
    /// Drops the rendered body of <paramref name="index"/> once nothing will ask for it again (the feeds keep their own
    /// copy with absolute links): at 50,000 briefings the bodies are hundreds of megabytes. Asking again renders it again.
    /// </summary>
    public void Release(int index) => Volatile.Write(ref _html[index], null);

    /// <summary>Renders every body now, in parallel (a full build needs them all).</summary>
    public void RenderAll() => Parallel.For(0, _html.Length, i => _ = this[i]);

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < _html.Length; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
