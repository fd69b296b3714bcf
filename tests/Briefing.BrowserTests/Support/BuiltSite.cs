using Briefing.Cli;

namespace Briefing.BrowserTests.Support;

/// <summary>A site built once with its base URL pointing at its own loopback server, and that server.</summary>
public sealed class BuiltSite : IAsyncDisposable
{
    public const string FixtureName = "fixture";
    public const string RealName = "real";

    /// <summary>The path the fixture site is served under: its <c>site.yml</c> says <c>https://example.org/news/</c>.</summary>
    private const string FixturePathBase = "/news";

    private readonly string _temp;
    private readonly StaticSiteServer _server;

    private BuiltSite(string name, string temp, string output, string baseUrl, StaticSiteServer server)
    {
        Name = name;
        _temp = temp;
        Output = output;
        BaseUrl = baseUrl;
        _server = server;
    }

    public string Name { get; }

    /// <summary>The built site's folder.</summary>
    public string Output { get; }

    /// <summary>The absolute URL of the home page, with its trailing slash: <c>http://127.0.0.1:PORT/news/</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>Builds the fixture site (tests/Briefing.Tests/Sites/fixture, drafts left out) served under <c>/news/</c>.</summary>
    public static Task<BuiltSite> FixtureAsync()
    {
        var temp = NewTemp();
        TestSite.CopyDirectory(RepoPaths.FixtureSite, temp);
        TestSite.CopyDirectory(RepoPaths.Theme, Path.Combine(temp, "themes", "briefing"));
        AddAliases(temp);
        return BuildAndServeAsync(FixtureName, temp, temp, FixturePathBase);
    }

    /// <summary>
    /// Old URLs for the 2024 briefing, so the crawl meets redirect pages (vnu checks them with every page; RedirectPageTests
    /// follows them). Added to this copy only: the unit tests' checks of every fixture page are about theme pages.
    /// </summary>
    private static void AddAliases(string site)
    {
        var path = Path.Combine(site, "content", "briefings", "2024", "older-amazon-briefing.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\nsummary:",
            "\naliases: [/2024/11/amazon-reorganises.html, /briefings/2024/amazon-reorganises-ai/]\nsummary:", StringComparison.Ordinal));
    }

    /// <summary>Builds the real site (content/ and themes/ of the repository) served at the root.</summary>
    public static Task<BuiltSite> RealAsync() => BuildAndServeAsync(RealName, NewTemp(), RepoPaths.Root, string.Empty);

    /// <summary>The absolute URL of a path relative to the home page (<c>companies/aws/</c>).</summary>
    public string Url(string relative) => BaseUrl + relative;

    /// <summary>
    /// The home-relative path of one page of <paramref name="kind"/>. For briefings, companies, people and tags it is
    /// the largest page of that kind: the one with the most on it to check.
    /// </summary>
    public string PathOf(string kind) => kind switch
    {
        PageKinds.Home => string.Empty,
        PageKinds.HomePage2 => "page/2/",
        PageKinds.Briefing => Largest("briefings", depth: 2),
        PageKinds.Company => Largest("companies", depth: 1),
        PageKinds.Person => Largest("people", depth: 1),
        PageKinds.Tag => Largest("tags", depth: 1),
        PageKinds.Companies => "companies/",
        PageKinds.People => "people/",
        PageKinds.Tags => "tags/",
        PageKinds.Moves => "moves/",
        PageKinds.Feeds => "feeds/",
        PageKinds.Search => "search/",
        PageKinds.NotFound => "no-such-page/",
        PageKinds.Author => Largest("authors", depth: 1),
        PageKinds.Authors => "authors/",
        PageKinds.Archive => "briefings/",
        PageKinds.ArchiveYear => Newest("briefings", Path.Combine("briefings", "????")),
        PageKinds.ArchiveMonth => Newest("briefings", Path.Combine("briefings", "????", "??")),
        PageKinds.Corrections => "corrections/",
        PageKinds.Page => "about/",
        PageKinds.Digest => "digest/",
        PageKinds.Edition => NewestEdition(),
        PageKinds.Subscribe => "subscribe/",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown page kind"),
    };

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>A month archive's folder (<c>06</c>): not a briefing, though it sits where briefings do.</summary>
    private static bool IsMonth(string folder) => folder.Length == 2 && folder.All(char.IsAsciiDigit);

    /// <summary>The newest year's (or month's) archive page: the last folder matching <paramref name="pattern"/> in ordinal order.</summary>
    /// <summary>The newest edition of the weekly digest, <c>digest/2025-W26/</c>.</summary>
    public string NewestEdition() => Directory.EnumerateDirectories(Path.Combine(Output, "digest"), "????-W??")
        .Select(dir => "digest/" + Path.GetFileName(dir) + "/").Order(StringComparer.Ordinal).Last();

    private string Newest(string section, string pattern)
    {
        var depth = pattern.Count(c => c == Path.DirectorySeparatorChar);
        var dirs = Directory.EnumerateDirectories(Path.Combine(Output, section), "*", SearchOption.AllDirectories)
            .Select(dir => Path.GetRelativePath(Output, dir).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(rel => rel.Count(c => c == '/') == depth && rel.Split('/').Skip(1).All(part => part.All(char.IsAsciiDigit)))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return dirs[^1] + "/";
    }

    private string Largest(string section, int depth)
    {
        var pattern = string.Join(Path.DirectorySeparatorChar, Enumerable.Repeat("*", depth));
        var root = Path.Combine(Output, section);
        var page = Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
            .Where(dir => Path.GetRelativePath(root, dir).Count(c => c == Path.DirectorySeparatorChar) == depth - 1)
            .Select(dir => new FileInfo(Path.Combine(dir, "index.html")))
            .Where(file => file.Exists && Path.GetFileName(file.DirectoryName) != "page" && !IsMonth(Path.GetFileName(file.DirectoryName)!))
            .OrderByDescending(file => file.Length)
            .ThenBy(file => file.FullName, StringComparer.Ordinal)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"no {pattern} page under {root}");
        return Path.GetRelativePath(Output, page.DirectoryName!).Replace(Path.DirectorySeparatorChar, '/') + "/";
    }

    private static string NewTemp()
    {
        var temp = Path.Combine(Path.GetTempPath(), "briefing-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        return temp;
    }

    private static async Task<BuiltSite> BuildAndServeAsync(string name, string temp, string source, string pathBase)
    {
        var output = Path.Combine(temp, "public");
        var port = StaticSiteServer.FreePort();
        var baseUrl = $"http://127.0.0.1:{port}{pathBase}/";
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        // A clean build (no cache written into the repository) with the search index when the pinned Pagefind is installed.
        List<string> args = ["build", "--source", source, "--output", output, "--base-url", baseUrl, "--quiet", "--no-cache"];
        if (File.Exists(Prerequisites.PagefindPath))
        {
            args.AddRange(["--pagefind", Prerequisites.PagefindPath]);
        }

        var code = Program.Run([.. args], stdout, stderr);
        if (code != 0)
        {
            throw new InvalidOperationException($"The {name} site failed to build (exit {code}):\n{stderr}");
        }

        var server = await StaticSiteServer.StartAsync(output, port, pathBase);
        return new BuiltSite(name, temp, output, baseUrl, server);
    }
}
