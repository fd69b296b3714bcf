using System.Text;
using Briefing.Content;
using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>
/// The quick reader either declines a document or builds exactly the tree YamlDotNet's full parser builds, positions
/// (line, column and index) and scalar styles included: over the repository's and the fixture site's documents, over
/// seeded mutations of them, and over shapes chosen to sit at its edges.
/// </summary>
public sealed class YamlQuickReaderTests
{
    private static readonly string[] Tokens =
    [
        "[", "]", "{", "}", ":", ": ", "- ", "-", ",", ", ", "&a ", "*a", "!", "|", ">", "'", "''", "\"", "#", " #", "---", "...",
        "? ", "\t", "\n", "\n  ", "\n    ", "\n- ", "\n  - ", "  ", " ", "~", "null", "@", "`", "%", "\\", "\u00e9", "\u0085",
        "\u2028", "\ufeff", "\u0000", "\r", "\r\n", "x", "key: ", "k:v", "[a, b]", "[]", "a:\n", "- a: b\n", "\uD83D\uDE00",
    ];

    private static readonly string[] Accepted =
    [
        "title: \"A\"\ndate: 2025-06-26\n",
        "companies: [amazon, aws]\npeople: []\ntags:\n  - a\n  - b\n",
        "moves:\n  - person: x\n    from: aws\n    to: ~\n    kind: departure\n  - count: 3\n    who: \"OpenAI researchers\"\n",
        "moves:\n- person: x\n  to:\n- person: y\nsources:\n- name: R\n  url: https://e.org/?a=1&b=2\n",
        "e: 'single ''quoted'''\nf: ''\ng: \"\"\nh:   spaced   value   \n",
        "nested:\n  deeper:\n    deepest: [1, 2, \"three, four\", 'five']\n",
        "list:\n  -\n  - b\n  -\nnext: 1\n",
        "a:\n- x\n- y\nb:\n  c:\n  d: e\n",
        "k:\n  - a:\n    - x\n    b: c\n",
        "url: https://example.org/path?x=1:2\ntime: 13:15:00Z\nsay: it's fine, isn't it\n",
        "name: 来星天科技\nrole: Head of chip design \nlast:",
        "title: \"\\\"Quoted\\\": a \\\\ and a \\/\"\nplain: back\\slash\nsingle: 'back\\slash'\n",
        "\n\nkey: value\n\n\nother: [ a ,b ]\n   \n",
    ];

    public static TheoryData<string> AcceptedShapes => new(Accepted);

    public static TheoryData<string> DeclinedShapes =>
    [
        "# comment\nkey: value\n",
        "key: value # trailing\n",
        "anchored: &a 1\nalias: *a\n",
        "tagged: !!str 5\n",
        "summary: >\n  folded\n  text\n",
        "body: |\n  literal\n",
        "a: {b: 1}\n",
        "title: \"a \\t tab escape\"\n",
        "title: \"two\n  lines\"\n",
        "plain: first\n  continued\n",
        "key:\n  value on the next line\n",
        "tags: [a, b,]\n",
        "tags: [a,\n  b]\n",
        "a:\tb\n",
        "a: b\r\nc: d\r\n",
        "\ufeffa: b\n",
        "---\na: b\n",
        "  indented: root\n",
        "just a scalar\n",
        "- a\n- b\n",
        "",
        "   \n",
        "a: b: c\n",
        "? complex\n: key\n",
        "\"quoted key\": v\n",
        "key : v\n",
        "a: x\n  b: y\n",
        "emoji: \uD83D\uDE00\n",
    ];

    [Theory]
    [MemberData(nameof(AcceptedShapes))]
    public void PlainShapes_AreRead_AsTheFullParserReadsThem(string yaml)
    {
        Assert.True(YamlQuickReader.TryRead(yaml, out var quick), "declined: " + yaml);

        Assert.Equal(YamlTree.Describe(YamlTokenReader.ReadWithParser(yaml)), YamlTree.Describe(quick));
    }

    [Theory]
    [MemberData(nameof(DeclinedShapes))]
    public void OtherShapes_AreDeclined_AndStillReadByYamlDotNet(string yaml)
    {
        Assert.False(YamlQuickReader.TryRead(yaml, out _));
    }

    [Fact]
    public void RepositoryDocuments_AreMostlyReadQuickly_AndAlwaysAsTheFullParserReadsThem()
    {
        var documents = RepositoryDocuments();
        var accepted = 0;
        foreach (var (path, yaml) in documents)
        {
            if (YamlQuickReader.TryRead(yaml, out var quick))
            {
                accepted++;
                Assert.True(YamlTree.Describe(YamlTokenReader.ReadWithParser(yaml)) == YamlTree.Describe(quick), path);
            }
        }

        // The point of the reader: the documents editors write take the quick path.
        Assert.True(documents.Count > 50, $"only {documents.Count} documents found");
        Assert.True(accepted >= documents.Count * 8 / 10, $"{accepted} of {documents.Count} documents read quickly");
    }

    [Fact]
    public void MutatedDocuments_AreDeclined_OrReadAsTheFullParserReadsThem()
    {
        var bases = RepositoryDocuments().Select(d => d.Yaml).Where(y => y.Length < 4000).Take(60).ToList();
        bases.AddRange(Accepted);
        var failures = new List<string>();
        var accepted = 0;
        for (var i = 0; i < 12_000; i++)
        {
            var random = new Random(20261207 + i);
            var yaml = Mutate(bases[random.Next(bases.Count)], random);
            if (!YamlQuickReader.TryRead(yaml, out var quick))
            {
                continue;
            }

            accepted++;
            string reference;
            try
            {
                reference = YamlTree.Describe(YamlTokenReader.ReadWithParser(yaml));
            }
            catch (Exception ex)
            {
                failures.Add($"case {i}: the full parser throws {ex.GetType().Name} ({ex.Message}) but the quick reader read {Escape(yaml)}");
                continue;
            }

            if (reference != YamlTree.Describe(quick))
            {
                failures.Add($"case {i}: {Escape(yaml)}\n  full:  {reference}\n  quick: {YamlTree.Describe(quick)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
        Assert.True(accepted > 1000, $"only {accepted} mutated documents were read quickly: the test proves little");
    }

    private static string Mutate(string yaml, Random random)
    {
        var text = new StringBuilder(yaml);
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits; e++)
        {
            var at = text.Length == 0 ? 0 : random.Next(text.Length + 1);
            switch (random.Next(5))
            {
                case 0 or 1:
                    text.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 2 when text.Length > 0:
                    text.Remove(Math.Min(at, text.Length - 1), Math.Min(1 + random.Next(6), text.Length - Math.Min(at, text.Length - 1)));
                    break;
                case 3:
                    var lines = text.ToString().Split('\n').ToList();
                    var line = random.Next(lines.Count);
                    lines[line] = random.Next(2) == 0 ? "  " + lines[line] : lines[line].TrimStart();
                    text.Clear().Append(string.Join('\n', lines));
                    break;
                default:
                    var all = text.ToString().Split('\n').ToList();
                    var a = random.Next(all.Count);
                    var b = random.Next(all.Count);
                    (all[a], all[b]) = (all[b], all[a]);
                    text.Clear().Append(string.Join('\n', all));
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>The YAML of every front matter and registry file in the repository's content and the fixture site.</summary>
    private static List<(string Path, string Yaml)> RepositoryDocuments()
    {
        var documents = new List<(string, string)>();
        foreach (var root in new[] { Path.Combine(RepoPaths.Root, "content"), Path.Combine(RepoPaths.FixtureSite, "content") })
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(file);
                if (file.EndsWith(".md", StringComparison.Ordinal))
                {
                    if (FrontMatter.Split(text, out _) is { } front)
                    {
                        documents.Add((file, front.Yaml));
                    }
                }
                else if (file.EndsWith(".yml", StringComparison.Ordinal) || file.EndsWith(".yaml", StringComparison.Ordinal))
                {
                    documents.Add((file, text));
                }
            }
        }

        return documents;
    }

    private static string Escape(string yaml) => yaml.Replace("\n", "\\n", StringComparison.Ordinal);
}
