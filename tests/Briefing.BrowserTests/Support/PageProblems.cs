using Microsoft.Playwright;

namespace Briefing.BrowserTests.Support;

/// <summary>
/// Collects what a reader would not see but a broken page does: console errors, uncaught exceptions, failed requests
/// and responses with status 400 or more (except the one deliberate 404 a test asks for).
/// </summary>
public sealed class PageProblems
{
    private readonly List<string> _problems = [];
    private readonly string? _expected404;

    private PageProblems(string? expected404)
    {
        _expected404 = expected404;
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

    /// <summary>Starts listening on <paramref name="page"/>; <paramref name="expected404"/> is a URL allowed to answer 404.</summary>
    public static PageProblems Watch(IPage page, string? expected404 = null)
    {
        var problems = new PageProblems(expected404);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !problems.IsExpected404(message.Location))
            {
                problems.Add($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add($"uncaught error: {error}");
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !(response.Status == 404 && problems.IsExpected404(response.Url)))
            {
                problems.Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
        return problems;
    }

    /// <summary>Fails with every problem seen so far, naming <paramref name="where"/>.</summary>
    public void AssertNone(string where)
    {
        var all = All;
        Assert.True(all.Count == 0, $"{where}: {all.Count} problem(s)\n" + string.Join('\n', all));
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
