using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Tests.Cli;
using Briefing.Tests.Support;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefing.Tests.Content;

/// <summary>
/// The JSON Schemas in generator/Schemas (editor support) stay in step with the loader: every real and fixture file
/// validates, and each kind of bad input fails both the schema and <c>briefing check</c>.
/// </summary>
public sealed partial class SchemaTests
{
    public static TheoryData<string, string, string> BadInputs => new()
    {
        // schema, file, text
        { "briefing", "content/briefings/2025/x.md", "---\ntitle: \"A\"\ndate: 2025-06-26\nsummary: \"S\"\ncolour: red\n---\n" },
        { "briefing", "content/briefings/2025/x.md", "---\ntitle: \"A\"\ndate: 2025-06-26\nsummary: \"S\"\naliases: [https://old.example.com/x/]\n---\n" },
        { "briefing", "content/briefings/2025/x.md", "---\ntitle: \"A\"\ndate: 2025-06-26\nsummary: \"S\"\naliases: [/a/../b/]\n---\n" },
        { "briefing", "content/briefings/2025/x.md", "---\ndate: 2025-06-26\nsummary: \"S\"\n---\n" },
        { "briefing", "content/briefings/2025/x.md", "---\ntitle: \"A\"\ndate: 2025-13-26\nsummary: \"S\"\n---\n" },
        { "briefing", "content/briefings/2025/x.md", "---\ntitle: \"A\"\ndate: 26/06/2025\nsummary: \"S\"\n---\n" },
        { "briefing", "content/briefings/2025/x.md", "---\ntitle: \"A\"\ndate: 2025-06-26\nsummary: \"S\"\ncompanies: [Amazon]\n---\n" },
        { "briefing", "content/briefings/2025/x.md", "---\ntitle: \"A\"\nslug: Big_News\ndate: 2025-06-26\nsummary: \"S\"\n---\n" },
        { "briefing", "content/briefings/2025/x.md", "---\ntitle: \"A\"\ndate: 2025-06-26\nsummary: \"S\"\npeople: [vasi-philomin]\nmoves:\n  - person: vasi-philomin\n    from: aws\n    to: meta\n    kind: hired\n    date: 2025-06-26\n---\n" },
        { "briefing", "content/briefings/2025/x.md", "---\ntitle: \"A\"\ndate: 2025-06-26\nsummary: \"S\"\nmoves:\n  - from: aws\n    to: meta\n    kind: poach\n    date: 2025-06-26\n---\n" },
        { "briefing", "content/briefings/2025/x.md", "---\ntitle: \"A\"\ndate: 2025-06-26\nsummary: \"S\"\npeople: [vasi-philomin]\nmoves:\n  - person: vasi-philomin\n    from: aws\n    to: ~\n    kind: hire\n    date: 2025-06-26\n---\n" },
        { "briefing", "content/briefings/2025/x.md", "---\ntitle: \"A\"\ndate: 2025-06-26\nsummary: \"S\"\nsources:\n  - url: https://example.com/\n---\n" },
        { "briefing", "content/briefings/2025/x.md", "---\ntitle: \"A\"\ndate: 2025-06-26\nsummary: \"S\"\nsources:\n  - name: Evil\n    url: javascript:alert(1)\n---\n" },
        { "site", "content/site.yml", "title: T\nbase_url: https://example.org/\ndescription: D\nlanguage: en\ntheme: dark\n" },
        { "site", "content/site.yml", "title: T\nbase_url: example.org\ndescription: D\nlanguage: en\n" },
        { "site", "content/site.yml", "title: T\nbase_url: https://example.org/\ndescription: D\nlanguage: en\nper_page: 0\n" },
        { "company", "content/companies/initech.yml", "website: https://initech.example\n" },
        { "company", "content/companies/initech.yml", "name: Initech\nparent: Amazon\n" },
        { "person", "content/people/nobody.yml", "name: Nobody\nrole: CEO\n" },
        { "author", "content/authors/ana-ruiz.yml", "role: Editor\n" },
        { "author", "content/authors/ana-ruiz.yml", "name: Ana Ruiz\ntwitter: anaruiz\n" },
        { "author", "content/authors/ana-ruiz.yml", "name: Ana Ruiz\nemail: ana at example.org\n" },
        { "author", "content/authors/ana-ruiz.yml", "name: Ana Ruiz\nlinks:\n  - name: Site\n    url: javascript:alert(1)\n" },
        { "author", "content/authors/ana-ruiz.yml", "name: Ana Ruiz\nlinks:\n  - url: https://ana.example.com/\n" },
        { "briefing", "content/briefings/2025/x.md", "---\ntitle: \"A\"\ndate: 2025-06-26\nsummary: \"S\"\nauthors: [Ana]\n---\n" },
        { "site", "content/site.yml", "title: T\nbase_url: https://example.org/\ndescription: D\nlanguage: en\ndefault_authors: desk\n" },
        { "tags", "content/tags.yml", "GenAI:\n  name: Generative AI\n" },
        { "tags", "content/tags.yml", "talent-war:\n  description: No name.\n" },
        { "site", "content/site.yml", "title: T\nbase_url: https://example.org/\ndescription: D\nlanguage: en\nmenus:\n  - menu: sidebar\n    name: N\n    url: /about/\n" },
        { "site", "content/site.yml", "title: T\nbase_url: https://example.org/\ndescription: D\nlanguage: en\nmenus:\n  - menu: main\n    name: N\n    url: javascript:alert(1)\n" },
        { "site", "content/site.yml", "title: T\nbase_url: https://example.org/\ndescription: D\nlanguage: en\nmenus:\n  - menu: main\n    url: /about/\n" },
        { "page", "content/pages/about.md", "---\ntitle: \"About\"\nsummary: \"S\"\ncolour: red\n---\n" },
        { "page", "content/pages/about.md", "---\ntitle: \"About\"\n---\n" },
        { "page", "content/pages/about.md", "---\ntitle: \"About\"\nsummary: \"S\"\nmenu: [main, sidebar]\n---\n" },
        { "page", "content/pages/about.md", "---\ntitle: \"About\"\nsummary: \"S\"\nmenu: header\n---\n" },
        { "page", "content/pages/about.md", "---\ntitle: \"About\"\nsummary: \"S\"\nslug: feeds\n---\n" },
        { "page", "content/pages/about.md", "---\ntitle: \"About\"\nsummary: \"S\"\ntype: aboutpage\n---\n" },
        { "page", "content/pages/about.md", "---\ntitle: \"About\"\nsummary: \"S\"\nweight: 0\n---\n" },
        { "page", "content/pages/about.md", "---\ntitle: \"About\"\nsummary: \"S\"\nupdated: June 2025\n---\n" },
        { "page", "content/pages/about.md", "---\ntitle: \"About\"\nsummary: \"S\"\naliases: [https://old.example.com/about/]\n---\n" },
        { "author", "content/authors/ana-ruiz.yml", "name: Ana Ruiz\naliases: [/authors/a/../b/]\n" },
    };

    [Theory]
    [InlineData("content")]
    [InlineData("tests/Briefing.Tests/Sites/fixture/content")]
    public async Task EveryContentFile_ValidatesAgainstItsSchema(string folder)
    {
        // Given every file of a site's content/ folder
        var root = Path.Combine(RepoPaths.Root, folder);
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !Briefing.Model.MediaPaths.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())) // images: no schema
            .Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);

        // When each is validated against the schema for its place
        var failures = new List<string>();
        foreach (var file in files)
        {
            var relative = "content/" + Path.GetRelativePath(root, file).Replace('\\', '/');
            var schema = await Schema(SchemaFor(relative));
            failures.AddRange(schema.Validate(ToJson(File.ReadAllText(file), relative)).Select(e => $"{relative}: {e}"));
        }

        // Then none fails
        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task BadInput_FailsTheSchema_AndTheLoader(string schemaName, string path, string text)
    {
        // Given a file with one mistake
        var schema = await Schema(schemaName);
        Assert.Equal(schemaName, SchemaFor(path));

        // When it is validated, and checked by the loader in a site of its own
        var errors = schema.Validate(ToJson(text, path));
        using var site = BrokenSite.With(string.Empty);
        site.Write(path, text);
        var check = site.Cli("check");

        // Then both refuse it
        Assert.NotEmpty(errors);
        Assert.True(check.ExitCode == 1, check.Stdout);
    }

    private static string SchemaFor(string relative) => relative switch
    {
        "content/site.yml" => "site",
        "content/tags.yml" => "tags",
        _ when relative.StartsWith("content/companies/", StringComparison.Ordinal) => "company",
        _ when relative.StartsWith("content/people/", StringComparison.Ordinal) => "person",
        _ when relative.StartsWith("content/authors/", StringComparison.Ordinal) => "author",
        _ when relative.StartsWith("content/briefings/", StringComparison.Ordinal) => "briefing",
        _ when relative.StartsWith("content/pages/", StringComparison.Ordinal) => "page",
        _ when relative.StartsWith("content/digest/", StringComparison.Ordinal) => "digest",
        _ => throw new InvalidOperationException($"no schema for {relative}"),
    };

    private static Task<JsonSchema> Schema(string name) =>
        JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Root, "generator", "Schemas", $"{name}.schema.json"));

    /// <summary>A registry file's YAML, or a briefing's front matter, as JSON (YAML 1.2 core schema for plain scalars).</summary>
    private static JToken ToJson(string text, string relative)
    {
        if (relative.EndsWith(".md", StringComparison.Ordinal))
        {
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            var close = Array.IndexOf(lines, "---", 1);
            text = string.Join('\n', lines[1..close]);
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? JValue.CreateNull() : Convert(stream.Documents[0].RootNode);
    }

    private static JToken Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JObject(map.Children.Select(kv => new JProperty(((YamlScalarNode)kv.Key).Value!, Convert(kv.Value)))),
        YamlSequenceNode list => new JArray(list.Children.Select(Convert)),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var v } => Plain(v ?? string.Empty),
        YamlScalarNode scalar => new JValue(scalar.Value),
        _ => JValue.CreateNull(),
    };

    private static JValue Plain(string value) => value switch
    {
        "" or "~" or "null" or "Null" or "NULL" => JValue.CreateNull(),
        "true" or "True" or "TRUE" => new JValue(true),
        "false" or "False" or "FALSE" => new JValue(false),
        _ when Integer().IsMatch(value) => new JValue(long.Parse(value, CultureInfo.InvariantCulture)),
        _ => new JValue(value),
    };

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();
}
