using Briefing.Model;

namespace Briefing.Content;

/// <summary>Reads the registries: <c>content/companies/*.yml</c>, <c>content/people/*.yml</c> and <c>content/tags.yml</c>.</summary>
internal static partial class RegistryLoader
{
    private static readonly string[] CompanyKeys = ["name", "aliases", "parent", "website", "description", "logo"];
    private static readonly string[] PersonKeys = ["name", "aliases", "description", "photo"];
    private static readonly string[] TagKeys = ["name", "description", "aliases"];

    /// <summary>Companies by slug; parents are checked later, once every company is known.</summary>
    public static IReadOnlyList<CompanyEntry> LoadCompanies(ContentPaths paths, long maxBytes, DiagnosticBag diagnostics, IRegistryFiles? memory = null) =>
        LoadFolder(paths, paths.Companies, maxBytes, diagnostics, memory, (reader, slug, relative) => Company(paths, reader, slug, relative), CompanyKeys);

    public static IReadOnlyList<Person> LoadPeople(ContentPaths paths, long maxBytes, DiagnosticBag diagnostics, IRegistryFiles? memory = null) =>
        LoadFolder(paths, paths.People, maxBytes, diagnostics, memory, (reader, slug, relative) => Person(paths, reader, slug, relative), PersonKeys);

    /// <summary>One company file read alone (serve's quick path), as <see cref="LoadCompanies"/> reads it; its diagnostics go to <paramref name="into"/>.</summary>
    public static Company? ReadCompany(ContentPaths paths, string file, long maxBytes, DiagnosticBag into) =>
        ReadFile(paths, file, maxBytes, into, (reader, slug, relative) => Company(paths, reader, slug, relative), CompanyKeys)?.Company;

    /// <summary>One person file read alone (serve's quick path), as <see cref="LoadPeople"/> reads it; its diagnostics go to <paramref name="into"/>.</summary>
    public static Person? ReadPerson(ContentPaths paths, string file, long maxBytes, DiagnosticBag into) =>
        ReadFile(paths, file, maxBytes, into, (reader, slug, relative) => Person(paths, reader, slug, relative), PersonKeys);

    private static CompanyEntry? Company(ContentPaths paths, MappingReader reader, string slug, string relative)
    {
        var name = reader.String("name", required: true);
        var urlAliases = AliasList.ReadMixed(reader, out var aliases);
        var parent = reader.String("parent");
        var website = UrlValue.Parse(reader.String("website"), "website", reader.Diagnostics);
        var description = reader.String("description");
        EditorialChecks.DescriptionPlaceholder(description, reader.Diagnostics);
        if (parent is { } p && !Slug.IsValid(p.Value))
        {
            reader.Diagnostics.Error(DiagnosticCodes.InvalidSlug, p.Span, $"parent '{p.Value}' is not a company slug");
            parent = null;
        }

        return name is null
            ? null
            : new CompanyEntry(new Company(slug, name.Value.Value, aliases, parent?.Value, website,
                description?.Value, relative)
            {
                UrlAliases = urlAliases, Logo = ImageReader.Registry(reader, "logo", $"{name.Value.Value} logo", paths),
            }, parent?.Span ?? reader.Span);
    }

    private static Person? Person(ContentPaths paths, MappingReader reader, string slug, string relative)
    {
        var name = reader.String("name", required: true);
        var urlAliases = AliasList.ReadMixed(reader, out var aliases);
        var description = reader.String("description");
        EditorialChecks.DescriptionPlaceholder(description, reader.Diagnostics);
        return name is null
            ? null
            : new Person(slug, name.Value.Value, aliases, description?.Value, relative)
            {
                UrlAliases = urlAliases, Photo = ImageReader.Registry(reader, "photo", name.Value.Value, paths),
            };
    }

    /// <summary>The optional tag registry, or null when <c>content/tags.yml</c> does not exist.</summary>
    public static IReadOnlyDictionary<string, Tag>? LoadTags(ContentPaths paths, long maxBytes, DiagnosticBag diagnostics)
    {
        if (!paths.Exists(paths.TagsFile, diagnostics))
        {
            return null;
        }

        var relative = paths.Relative(paths.TagsFile);
        var text = TextFile.Read(paths.TagsFile, relative, maxBytes, diagnostics);
        var root = text is null ? null : YamlText.ParseMapping(text, relative, 1, diagnostics);
        var tags = new Dictionary<string, Tag>(StringComparer.Ordinal);
        if (root is null)
        {
            return tags;
        }

        var slugs = root.Entries.Select(e => e.Key).OfType<YamlScalar>().Select(k => k.Value).ToArray();
        var top = new MappingReader(root, relative, 1, diagnostics, slugs);
        foreach (var (keyNode, valueNode) in root.Entries)
        {
            if (keyNode is not YamlScalar { Value: var slug })
            {
                continue;
            }

            if (!Slug.IsValid(slug))
            {
                diagnostics.Error(DiagnosticCodes.InvalidSlug, top.SpanOf(keyNode), $"tag '{slug}' is not a valid slug (lowercase letters, digits, single hyphens)");
                continue;
            }

            if (valueNode is not YamlMapping mapping)
            {
                diagnostics.Error(DiagnosticCodes.WrongType, top.SpanOf(valueNode), $"tag '{slug}' must map to 'name' and 'description'");
                continue;
            }

            var reader = new MappingReader(mapping, relative, 1, diagnostics, TagKeys);
            var name = reader.String("name", required: true);
            tags[slug] = new Tag(slug, name?.Value ?? slug, reader.String("description")?.Value) { UrlAliases = AliasList.Read(reader) };
        }

        return tags;
    }

    /// <param name="memory">The files as last read (serve's memory, the build cache): an unchanged file is not read again.</param>
    private static IReadOnlyList<T> LoadFolder<T>(ContentPaths paths, string folder, long maxBytes, DiagnosticBag diagnostics, IRegistryFiles? memory,
        Func<MappingReader, string, string, T?> read, IReadOnlyList<string> keys)
        where T : class
    {
        var files = paths.EnumerateStamped(folder, "*", recursive: false, diagnostics);
        var stamps = memory is null ? null : files.ToDictionary(f => f.Path, f => new Caching.FileStamp(f.Length, f.LastWriteTicks), StringComparer.Ordinal);
        return FileBatch.Read(paths, files.Select(f => f.Path).ToArray(), diagnostics, (file, bag) => memory is null
            ? ReadFile(paths, file, maxBytes, bag, read, keys)
            : memory.File(file, stamps![file], maxBytes, bag, into => ReadFile(paths, file, maxBytes, into, read, keys)));
    }

    private static T? ReadFile<T>(ContentPaths paths, string file, long maxBytes, DiagnosticBag into, Func<MappingReader, string, string, T?> read,
        IReadOnlyList<string> keys)
        where T : class
    {
        var relative = paths.Relative(file);
        var slug = Path.GetFileNameWithoutExtension(file);
        if (!file.EndsWith(".yml", StringComparison.Ordinal))
        {
            into.Error(DiagnosticCodes.MisplacedFile, SourceSpan.File(relative), "registry files end in '.yml'; rename or remove this file");
            return null;
        }

        if (!Slug.IsValid(slug))
        {
            into.Error(DiagnosticCodes.InvalidSlug, SourceSpan.File(relative),
                $"file name '{slug}' is not a valid slug (lowercase letters, digits, single hyphens); rename the file");
            return null;
        }

        var text = TextFile.Read(file, relative, maxBytes, into);
        var root = text is null ? null : YamlText.ParseMapping(text, relative, 1, into);
        return root is null ? null : read(new MappingReader(root, relative, 1, into, keys), slug, relative);
    }
}
