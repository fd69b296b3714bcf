using System.Text.RegularExpressions;
using Briefing.Caching;
using Briefing.Model;

namespace Briefing.Content;

/// <summary>Reads a site's <c>content/</c> folder into a <see cref="SiteModel"/> or a complete list of diagnostics.</summary>
public static partial class SiteLoader
{
    public static LoadResult Load(string siteRoot, LoadOptions options) => Load(siteRoot, options, NoProgress.Instance);

    /// <param name="progress">Told each stage as it starts, and each briefing parsed.</param>
    /// <param name="memory">serve's memory of the previous load: unchanged briefings and registry files are not read again,
    /// and the parse cache is neither read nor written (<see cref="LoadMemory.Save"/> writes it). Null: a plain load.</param>
    public static LoadResult Load(string siteRoot, LoadOptions options, IBuildProgress progress, LoadMemory? memory = null)
    {
        var paths = new ContentPaths(siteRoot) { Known = options.Known };
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(paths.Content))
        {
            diagnostics.Error(DiagnosticCodes.SiteConfig, SourceSpan.File("content"),
                $"no content/ folder in {paths.Root}; pass --source with the folder that holds content/ and themes/");
            return new LoadResult(null, diagnostics.Items);
        }

        var timings = new List<(string, TimeSpan)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Lap(string stage)
        {
            timings.Add((stage, clock.Elapsed));
            clock.Restart();
        }

        progress.Stage("registries");
        // The parse cache is tens of megabytes at 10,000 briefings: read it while the registries load.
        var cacheRead = Task.Run(() =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var opened = memory?.Articles?.Next(options.CacheFolder)
                         ?? ParseCache.Open(options.CacheFolder, (relative, start) => LoadBody(paths, relative, start));
            return (Cache: opened, Elapsed: System.Diagnostics.Stopwatch.GetElapsedTime(started));
        });
        var defaultAuthors = new List<Located<string>>();
        var config = SiteConfigLoader.Load(paths, options.BaseUrlOverride, diagnostics, defaultAuthors);
        var limit = config?.MaxFileBytes ?? SiteConfig.DefaultMaxFileBytes;
        // serve remembers the registry files in memory; a build keeps them in the build cache.
        var registryCache = memory is null && options.CacheFolder is { } folder ? RegistryCache.Open(folder, paths) : null;
        var registryFiles = (IRegistryFiles?)memory ?? registryCache;
        var companies = RegistryLoader.LoadCompanies(paths, limit, diagnostics, registryFiles);
        var people = RegistryLoader.LoadPeople(paths, limit, diagnostics, registryFiles);
        var tags = RegistryLoader.LoadTags(paths, limit, diagnostics);
        var authors = new AuthorResolver(RegistryLoader.LoadAuthors(paths, limit, diagnostics, registryFiles), defaultAuthors);
        Lap("registries");
        progress.Stage("parse");
        var (cache, cacheTime) = cacheRead.GetAwaiter().GetResult();
        var articles = ParseArticles(paths, cache, limit, diagnostics, progress);
        EditorialChecks.SummaryPlaceholders(articles, diagnostics);
        var pages = PageLoader.Load(paths, limit, options, diagnostics);
        var intros = DigestLoader.Load(paths, limit, diagnostics);
        Lap("parse");
        timings.Add(("  (cache)", cacheTime)); // reading .briefing/cache/briefings.bin, beside the registries
        progress.Stage("resolve");
        // The checks' index of registered names needs only the registries: made beside resolve, which runs on one core.
        var names = Task.Run(() => new MentionIndex(companies.Select(c => c.Company), people));

        ImageReader.CheckFiles(paths, articles.SelectMany(a => a.ImageFiles), diagnostics);
        var assembler = new SiteAssembler(companies, people, tags, diagnostics, authors);
        var model = assembler.Assemble(config, articles, options);
        if (config is not null)
        {
            var menus = MenuBuilder.Build(config, pages, diagnostics);
            model = model is null ? null : model with { Pages = pages, Menus = menus, ImageSources = ImageSources(model, articles) };
            if (model is not null && SiteTimeZone.Find(config.TimeZone) is { } zone)
            {
                model = model with { Digest = new Digest(intros, options.Now is { } now ? IsoWeek.At(now, zone) : null) { ShowDrafts = options.IncludeDrafts } };
                DigestLoader.CheckWeeks(model, zone, diagnostics);
            }
        }

        Lap("resolve");
        progress.Stage("checks");

        // Editorial warnings wait until the content is valid: while slugs are wrong they would be noise, and
        // "nothing mentions this entry" would be false for an entry a misspelt slug meant.
        if (!diagnostics.HasErrors)
        {
            EditorialChecks.Run(articles, companies, people, diagnostics, cache, names);
            authors.CheckUnused(articles, diagnostics);
        }

        Task? saving = null;
        if (memory is null)
        {
            void SaveCaches()
            {
                cache.Save();
                registryCache?.Save();
            }

            if (options.SaveCachesBeside)
            {
                saving = Task.Run(SaveCaches);
            }
            else
            {
                SaveCaches();
            }
        }
        else
        {
            memory.Articles = cache;
        }

        Lap("checks");
        return new LoadResult(diagnostics.HasErrors ? null : model, diagnostics.Items, assembler.LeftOut.Drafts, assembler.LeftOut.Scheduled)
        {
            Timings = timings,
            NextScheduled = assembler.NextScheduled,
            CachesSaved = saving,
        };
    }

    private static IReadOnlyList<ParsedArticle> ParseArticles(ContentPaths paths, ParseCache cache, long maxBytes, DiagnosticBag diagnostics,
        IBuildProgress progress)
    {
        // The listing stats every file for its link check: its stamps serve the parse cache (no second stat per briefing).
        var listed = paths.EnumerateStamped(paths.Briefings, "*.md", recursive: true, diagnostics);
        var stamps = new Dictionary<string, FileStamp>(listed.Count, StringComparer.Ordinal);
        foreach (var file in listed)
        {
            stamps[file.Path] = new FileStamp(file.Length, file.LastWriteTicks);
        }

        progress.Total(listed.Count);

        return FileBatch.Read(paths, listed.Select(f => f.Path).ToArray(), diagnostics, (file, bag) =>
        {
            progress.Advance();
            var relative = paths.Relative(file);
            var stamp = stamps[file];
            if (cache.TryGet(relative, stamp, out var cached, out var cachedDiagnostics))
            {
                bag.AddRange(cachedDiagnostics);
                return cached;
            }

            if (TextFile.ReadRented(file, relative, stamp.Length, maxBytes, bag, out var length) is not { } rented)
            {
                return null;
            }

            try
            {
                var bytes = rented.AsSpan(0, length);
                var hash = System.IO.Hashing.XxHash128.HashToUInt128(bytes);
                if (cache.TryGet(relative, hash, stamp, out cached, out cachedDiagnostics))
                {
                    bag.AddRange(cachedDiagnostics);
                    return cached;
                }

                var article = Parse(paths, relative, bytes, bag);
                cache.Put(relative, hash, stamp, article, bag.Items);
                return article;
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        });
    }

    /// <summary>Every image file the published site shows, once each, ordinal: what the build processes.</summary>
    private static string[] ImageSources(SiteModel model, IReadOnlyList<ParsedArticle> articles)
    {
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        var illustrated = articles.Where(a => a.ImageFiles.Count > 0).ToArray();
        if (illustrated.Length > 0) // most sites: a few briefings with images, or none; no set of every briefing's path then
        {
            var published = new HashSet<string>(model.Articles.Select(a => a.SourcePath), StringComparer.Ordinal);
            sources.UnionWith(illustrated.Where(a => published.Contains(a.SourcePath)).SelectMany(a => a.ImageFiles).Select(f => f.Value));
        }

        sources.UnionWith(model.Companies.Values.Select(c => c.Logo?.Source).OfType<string>());
        sources.UnionWith(model.People.Values.Select(p => p.Photo?.Source).OfType<string>());
        return [.. sources];
    }

    /// <summary>A briefing's file parsed: its front matter hashed (the body excluded), its folder checked.</summary>
    private static ParsedArticle? Parse(ContentPaths paths, string relative, ReadOnlySpan<byte> bytes, DiagnosticBag bag)
    {
        if (TextFile.DecodeRented(bytes, relative, bag, out var length) is not { } chars)
        {
            return null;
        }

        try
        {
            var text = chars.AsSpan(0, length);
            var article = ArticleParser.Parse(text, relative, bag);
            if (article is not null)
            {
                // Everything before the body; the whole text if the body is not its tail (then a body edit re-renders more, never less).
                var body = article.Body.Text;
                var head = text.EndsWith(body.AsSpan()) ? text[..^body.Length] : text;
                var bodyStart = head.Length < text.Length || body.Length == 0 ? head.Length : -1;
                article = article with
                {
                    FrontMatterHash = System.IO.Hashing.XxHash128.HashToUInt128(System.Runtime.InteropServices.MemoryMarshal.AsBytes(head)),
                    BodyStart = bodyStart,
                    Body = bodyStart < 0 ? article.Body : new BodyText(body, () => LoadBody(paths, relative, bodyStart)),
                };
            }

            if (article is { IsComplete: true })
            {
                CheckFolder(relative, article, bag);
            }

            return article;
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The body of a cached briefing, read from its file when a page needs it.</summary>
    private static string LoadBody(ContentPaths paths, string relative, int start)
    {
        var text = TextFile.Read(Path.Combine(paths.Root, relative), relative, long.MaxValue, new DiagnosticBag());
        return text is not null && start <= text.Length
            ? text[start..]
            : throw new IOException($"{relative} changed during the build; build again");
    }

    private static void CheckFolder(string relative, ParsedArticle article, DiagnosticBag bag)
    {
        var match = YearFolder().Match(relative);
        if (!match.Success)
        {
            bag.Warning(DiagnosticCodes.MisplacedFile, SourceSpan.File(relative),
                "briefings live in content/briefings/YYYY/<slug>.md (or YYYY/<slug>/index.md with its images); move this file into its year's folder");
        }
        else if (int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) != article.Date.Day.Year)
        {
            bag.Warning(DiagnosticCodes.FolderYearMismatch, SourceSpan.File(relative),
                $"this briefing is dated {article.Date.Day.Year} but sits in the {match.Groups[1].Value} folder; its URL uses {article.Date.Day.Year}");
        }
    }

    [GeneratedRegex(@"^content/briefings/(\d{4})/(?:[^/]+\.md|[^/]+/index\.md)$")]
    private static partial Regex YearFolder();
}
