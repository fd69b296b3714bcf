using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Collects what a reader would not see but a broken page does: console errors, uncaught exceptions, failed requests
/// and responses with status 400 or more (except the one deliberate 404 a test asks for).
/// </summary>
public sealed class PageProblems : IDisposable
{
    private readonly List<string> _problems = [];
    private readonly IPage _page;
    private readonly string? _expected404;

    private PageProblems(IPage page, string? expected404)
    {
        _page = page;
        _expected404 = expected404;
        _page.Console += OnConsole;
        _page.PageError += OnPageError;
        _page.RequestFailed += OnRequestFailed;
        _page.Response += OnResponse;
    }

    public IReadOnlyList<string> All
    {
        get
        {
            lock (_problems)
            {
                return _problems.ToArray();
            }
        }
    }

    /// <summary>Starts listening on <paramref name="page"/> (until disposed); <paramref name="expected404"/> is a URL allowed to answer 404.</summary>
    public static PageProblems Watch(IPage page, string? expected404 = null) => new(page, expected404);

    /// <summary>Fails with every problem seen so far, naming <paramref name="where"/>.</summary>
    public void AssertNone(string where)
    {
        var all = All;
        Assert.True(all.Count == 0, $"{where}: {all.Count} problem(s)\n" + string.Join('\n', all));
    }

    /// <summary>Stops listening (the page may be shared with the next test).</summary>
    public void Dispose()
    {
        _page.Console -= OnConsole;
        _page.PageError -= OnPageError;
        _page.RequestFailed -= OnRequestFailed;
        _page.Response -= OnResponse;
    }

    private void OnConsole(object? sender, IConsoleMessage message)
    {
        if (message.Type == "error" && !IsExpected404(message.Location))
        {
            Add($"console error: {message.Text} ({message.Location})");
        }
    }

    private void OnPageError(object? sender, string error) => Add($"uncaught error: {error}");

    private void OnRequestFailed(object? sender, IRequest request) => Add($"request failed: {request.Method} {request.Url}: {request.Failure}");

    private void OnResponse(object? sender, IResponse response)
    {
        if (response.Status >= 400 && !(response.Status == 404 && IsExpected404(response.Url)))
        {
            Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
        }
    }

    private bool IsExpected404(string url) => _expected404 is not null && url.StartsWith(_expected404, StringComparison.Ordinal);

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
