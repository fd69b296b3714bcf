using Briefing.Tests.Support;

namespace Briefing.Tests.Output;

/// <summary>Rebuilding over an existing output writes only files whose bytes change, and equals a clean build.</summary>
public sealed class IncrementalBuildTests
{
    private static Dictionary<string, DateTime> Mtimes(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    private static void Backdate(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        }
    }

    [Fact]
    public void NoOpRebuild_WritesNoFile_AndKeepsEveryMtime()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        Backdate(site.Output);
        var before = Mtimes(site.Output);

        var run = site.Build();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(" 0 written, ", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, Mtimes(site.Output));
    }

    [Fact]
    public void BodyEdit_RewritesThatBriefingAndTheFeedsCarryingIt_NotTheLists()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        Backdate(site.Output);
        var before = Mtimes(site.Output);
        var path = Path.Combine(site.Root, "content/briefings/2024/older-amazon-briefing.md");
        File.AppendAllText(path, "\nOne more sentence.\n");

        Assert.Equal(0, site.Build().ExitCode);

        var changed = Mtimes(site.Output).Where(kv => before[kv.Key] != kv.Value).Select(kv => kv.Key.Replace('\\', '/')).ToHashSet();
        Assert.Contains("briefings/2024/older-amazon-briefing/index.html", changed);
        Assert.Contains("companies/amazon/feed.xml", changed);
        Assert.DoesNotContain("index.html", changed); // the home page shows summaries and reading times (unchanged by a sentence), not bodies
        Assert.DoesNotContain("companies/meta/index.html", changed);
        Assert.All(changed, f => Assert.True(f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)
            || f == "briefings/2024/older-amazon-briefing/index.html", f));
    }

    [Fact]
    public void AuthorEdit_RewritesTheirPagesAndTheBylinesShowingThem_NotUnrelatedPages()
    {
        // Given a built fixture, whose author is on the byline of the AWS briefing
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        Backdate(site.Output);
        var before = Mtimes(site.Output);

        // When the author's name changes
        var path = Path.Combine(site.Root, "content/authors/ana-ruiz.yml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("name: \"Ana Ruiz <Desk> & Co\"", "name: \"Ana Ruiz-Ortega\"", StringComparison.Ordinal));
        Assert.Equal(0, site.Build().ExitCode);

        // Then their page, the briefing, the lists carrying its card and the feeds carrying it are rewritten with the new name
        var changed = Mtimes(site.Output).Where(kv => before[kv.Key] != kv.Value).Select(kv => kv.Key.Replace('\\', '/')).ToHashSet();
        foreach (var file in new[] { "authors/ana-ruiz/index.html", "authors/index.html", "briefings/2025/vasi-philomin-leaves-aws/index.html",
                     "companies/aws/index.html", "feed.xml", "atom.xml", "feed.json", "authors/ana-ruiz/feed.xml", "companies/aws/feed.xml" })
        {
            Assert.Contains(file, changed);
            Assert.Contains("Ana Ruiz-Ortega", site.ReadOutput(file), StringComparison.Ordinal);
        }

        // And pages that do not show the briefing are not
        Assert.DoesNotContain("companies/zhi-yuan-ai/index.html", changed);
        Assert.DoesNotContain("people/jose-nunez/index.html", changed);
        var clean = Path.Combine(site.Root, "clean");
        Assert.Equal(0, site.Build("--output", clean, "--no-cache").ExitCode);
        AssertSameTree(clean, site.Output);
    }

    [Fact]
    public void DeletedBriefing_ItsPageAndEmptiedFoldersAreRemoved()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        File.Delete(Path.Combine(site.Root, "content/briefings/2024/older-amazon-briefing.md"));

        var run = site.Build();

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "briefings", "2024")));
        Assert.DoesNotContain("older-amazon-briefing", site.ReadOutput("companies/amazon/index.html"), StringComparison.Ordinal);
    }

    private static readonly string[] EditNames =
        ["body", "title", "date", "slug", "registry", "description", "person-description", "new-company", "delete", "rename", "template", "tags-registry", "author", "byline",
            "default-authors", "new-author", "correction", "long-body", "page-body", "page-menu", "new-page", "site-menus", "page-slug", "delete-page",
            "alias", "unalias", "page-alias", "digest-intro", "digest-undraft", "digest-new-intro"];

    public static TheoryData<string> Edits => new(EditNames);

    [Theory]
    [MemberData(nameof(Edits))]
    public void IncrementalBuild_AfterAnEdit_EqualsACleanBuildByteForByte(string edit)
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        if (edit == "unalias")
        {
            Apply(site, "alias");
        }

        Assert.Equal(0, site.Build().ExitCode);
        Apply(site, edit);

        Assert.Equal(0, site.Build().ExitCode);
        var clean = Path.Combine(site.Root, "clean");
        Assert.Equal(0, site.Build("--output", clean, "--no-cache").ExitCode);

        AssertSameTree(clean, site.Output);
    }

    [Fact]
    public void IncrementalBuild_AfterASequenceOfEdits_EqualsACleanBuildEachTime()
    {
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        Assert.Equal(0, site.Build().ExitCode);
        var step = 0;
        foreach (var edit in EditNames)
        {
            Apply(site, edit);
            var run = site.Build();
            Assert.True(run.ExitCode == 0, $"after '{edit}': {run.Stderr}");
            var clean = Path.Combine(site.Root, $"clean{step++}");
            Assert.Equal(0, site.Build("--output", clean, "--no-cache").ExitCode);
            AssertSameTree(clean, site.Output);
        }
    }

    /// <summary>A registry file saved with one more sentence in its (plain, one-line) description, and nothing else changed.</summary>
    private static void AppendToDescription(string path) => File.WriteAllText(path,
        string.Join('\n', File.ReadAllText(path).Split('\n').Select(l => l.StartsWith("description: ", StringComparison.Ordinal) ? l + " Edited & <again>." : l)));

    internal static void Apply(TestSite site, string edit)
    {
        var vasi = Path.Combine(site.Root, "content/briefings/2025/vasi-philomin-leaves-aws.md");
        var meta = Path.Combine(site.Root, "content/briefings/2025/meta-poaches-openai-researchers.md");
        var about = Path.Combine(site.Root, "content/pages/about.md");
        string Read(string p) => File.ReadAllText(p);
        switch (edit)
        {
            case "body": File.AppendAllText(vasi, "\nAn added paragraph.\n"); break;
            case "title": File.WriteAllText(meta, Read(meta).Replace("title: \"Meta poaches three OpenAI researchers\"", "title: \"Meta hires three OpenAI researchers\"", StringComparison.Ordinal)); break;
            case "date": File.WriteAllText(meta, Read(meta).Replace("date: 2025-06-25T18:00:00+02:00", "date: 2024-12-30T18:00:00+02:00", StringComparison.Ordinal).Replace("date: 2025-06-25\n", "date: 2024-12-29\n", StringComparison.Ordinal)); break;
            case "slug": File.WriteAllText(vasi, Read(vasi).Replace("summary:", "slug: philomin-exits-aws\nsummary:", StringComparison.Ordinal)); break;
            case "registry": site.Write("content/companies/openai.yml", "name: OpenAI\naliases: []\nwebsite: https://openai.com\ndescription: Maker of ChatGPT.\n"); break;
            case "description": AppendToDescription(Path.Combine(site.Root, "content/companies/amazon.yml")); break;
            case "person-description": AppendToDescription(Path.Combine(site.Root, "content/people/vasi-philomin.yml")); break;
            case "new-company": site.Write("content/companies/anthropic.yml", "name: Anthropic\naliases: []\ndescription: Maker of Claude.\n"); break;
            case "delete": File.Delete(Path.Combine(site.Root, "content/briefings/2024/older-amazon-briefing.md")); break;
            case "rename":
                var target = Path.Combine(site.Root, "content/briefings/2025/escape-torture-renamed.md");
                if (File.Exists(Path.Combine(site.Root, "content/briefings/2025/escape-torture.md")))
                {
                    File.Move(Path.Combine(site.Root, "content/briefings/2025/escape-torture.md"), target);
                }

                break;
            case "template":
                var layout = Path.Combine(site.Root, "themes/briefing/layouts/tag.html");
                File.WriteAllText(layout, "<p class=\"edited\">edited</p>\n" + Read(layout));
                break;
            // The fixture's one author is on one briefing's byline: a new name reaches its page, that briefing, the cards and feeds showing it.
            case "author": site.Write("content/authors/ana-ruiz.yml", Read(Path.Combine(site.Root, "content/authors/ana-ruiz.yml")).Replace("name: \"Ana Ruiz <Desk> & Co\"", "name: \"Ana Ruiz-Ortega\"", StringComparison.Ordinal).Replace("role: Senior reporter", "role: Editor", StringComparison.Ordinal)); break;
            case "byline": File.WriteAllText(meta, Read(meta).Replace("summary:", "authors: [ana-ruiz]\nsummary:", StringComparison.Ordinal)); break;
            case "default-authors": File.AppendAllText(Path.Combine(site.Root, "content/site.yml"), "default_authors: [ana-ruiz]\n"); break;
            case "new-author": site.Write("content/authors/tom-lee.yml", "name: Tom Lee\nrole: Reporter\n"); break;
            case "tags-registry": site.Write("content/tags.yml", "talent-war:\n  name: Talent war\nleadership:\n  name: Leadership\nescaping:\n  name: Escaping\n"); break;
            case "correction":
                // A new correction later than anything: the briefing, /corrections/, its feed and every list and feed showing its date change.
                File.WriteAllText(vasi, Read(vasi).Replace("not disclosed.\"\n", "not disclosed.\"\n  - date: 2025-07-01T10:00:00Z\n    text: \"An *added* correction.\"\n", StringComparison.Ordinal));
                break;
            case "long-body":
                // Enough words to change the reading time that cards show on every list of the briefing.
                File.AppendAllText(meta, "\n" + string.Join(' ', Enumerable.Repeat("word", 700)) + "\n");
                break;
            case "page-body": File.AppendAllText(about, "\nA new paragraph about the desk.\n"); break;
            case "page-menu": File.WriteAllText(about, Read(about).Replace("menu: [main, footer]", "menu: [footer]", StringComparison.Ordinal).Replace("menu_title: About", "menu_title: The desk", StringComparison.Ordinal)); break;
            case "new-page": site.Write("content/pages/contact.md", "---\ntitle: \"Contact\"\nsummary: \"Write to us.\"\nmenu: main\nweight: 1\n---\nWrite to <tips@example.org>.\n"); break;
            case "site-menus":
                // Inserted at the head of the list: other edits may have appended keys after it.
                var config = Path.Combine(site.Root, "content/site.yml");
                File.WriteAllText(config, Read(config).Replace("menus:\n", "menus:\n  - menu: main\n    name: Hires\n    url: /moves/hires/\n", StringComparison.Ordinal));
                break;
            case "page-slug": File.WriteAllText(about, Read(about).Replace("summary:", "slug: the-desk\nsummary:", StringComparison.Ordinal)); break;
            case "delete-page":
                if (File.Exists(Path.Combine(site.Root, "content/pages/contact.md")))
                {
                    File.Delete(Path.Combine(site.Root, "content/pages/contact.md"));
                }

                break;
            case "alias":
                File.WriteAllText(meta, Read(meta).Replace("summary:", "aliases: [/briefings/2025/meta-hires/, /old/meta.html]\nsummary:", StringComparison.Ordinal));
                site.Write("content/companies/meta.yml", Read(Path.Combine(site.Root, "content/companies/meta.yml")).Replace("aliases: [", "aliases: [/companies/facebook/, ", StringComparison.Ordinal));
                break;
            case "unalias": // after "alias": one alias of the briefing and the company's URL alias go
                File.WriteAllText(meta, Read(meta).Replace("/briefings/2025/meta-hires/, ", string.Empty, StringComparison.Ordinal));
                site.Write("content/companies/meta.yml", Read(Path.Combine(site.Root, "content/companies/meta.yml")).Replace("/companies/facebook/, ", string.Empty, StringComparison.Ordinal));
                break;
            case "page-alias": // old URLs of the About page (wherever its slug now points) and of the author
                File.WriteAllText(about, Read(about).Replace("summary:", "aliases: [/about-the-desk/, /info.html]\nsummary:", StringComparison.Ordinal));
                File.AppendAllText(Path.Combine(site.Root, "content/authors/ana-ruiz.yml"), "aliases: [/authors/ana/]\n");
                break;
            case "digest-intro": // an edition's title and introduction: its page, email, text, the digest list and feed
                var w26 = Path.Combine(site.Root, "content/digest/2025-W26.md");
                File.WriteAllText(w26, Read(w26).Replace("Bedrock loses its chief", "Bedrock's chief leaves", StringComparison.Ordinal) + "\nOne more line.\n");
                break;
            case "digest-undraft": // a held-back edition is published
                var w25 = Path.Combine(site.Root, "content/digest/2025-W25.md");
                File.WriteAllText(w25, Read(w25).Replace("draft: true\n", string.Empty, StringComparison.Ordinal));
                break;
            case "digest-new-intro": // an intro for an edition that had none
                File.WriteAllText(Path.Combine(site.Root, "content/digest/2024-W44.md"), "Amazon's **reorganisation** week.\n");
                break;
            default: throw new ArgumentOutOfRangeException(nameof(edit), edit, null);
        }
    }

    internal static void AssertSameTree(string expected, string actual)
    {
        static string[] Files(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Files(expected), Files(actual));
        Assert.Equal(
            Directory.GetDirectories(expected, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(expected, d)).Order(StringComparer.Ordinal),
            Directory.GetDirectories(actual, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(actual, d)).Order(StringComparer.Ordinal));
        foreach (var file in Files(expected))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), file);
        }
    }
}
