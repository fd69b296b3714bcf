using System.Text.Json;
using Briefing.Content;
using Briefing.Model;
using Briefing.Tests.Support;

namespace Briefing.Tests.Content;

/// <summary>
/// The registry cache (<c>.briefing/cache/registries.bin</c>): a company, person or author file with the size and
/// mtime it had at the last load is not read again; its entry and diagnostics come back as they were read.
/// </summary>
public sealed class RegistryCacheTests
{
    [Fact]
    public void UnchangedRegistryFiles_LoadFromTheCache_AsTheFilesRead()
    {
        // Given the fixture site (companies, people, an author, warnings), loaded once without and once with a cache
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        site.Write("content/companies/amazon.yml",
            "name: Amazon\naliases: [AMZN, /companies/amzn/]\nwebsite: https://www.amazon.com/about?x=1\ndescription: \"TODO: one sentence about who this is.\"\n");
        var cacheFolder = Path.Combine(site.Root, ".briefing", "cache");
        var plain = SiteLoader.Load(site.Root, new LoadOptions());
        _ = SiteLoader.Load(site.Root, new LoadOptions { CacheFolder = cacheFolder });

        // When it is loaded again from the cache
        var cached = SiteLoader.Load(site.Root, new LoadOptions { CacheFolder = cacheFolder });

        // Then the registries and the diagnostics are those of the load that read every file
        Assert.True(File.Exists(Path.Combine(cacheFolder, "registries.bin")));
        Assert.Equal(Registries(plain), Registries(cached));
        Assert.Equal(plain.Diagnostics.Select(d => d.ToString()), cached.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(cached.Diagnostics, d => d.Span.Path == "content/companies/amazon.yml");
    }

    [Fact]
    public void AFileWithItsOldSizeAndMtime_IsNotReadAgain_AndAnEditedOneIs()
    {
        // Given a site loaded once through the cache
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var cacheFolder = Path.Combine(site.Root, ".briefing", "cache");
        _ = SiteLoader.Load(site.Root, new LoadOptions { CacheFolder = cacheFolder });
        var meta = Path.Combine(site.Root, "content/companies/meta.yml");
        var text = File.ReadAllText(meta);
        var mtime = File.GetLastWriteTimeUtc(meta);

        // When a file's bytes change but its size and mtime are put back (what the cache trusts, like the parse cache)
        File.WriteAllText(meta, text.Replace("name: Meta", "name: Mexa", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(meta, mtime);
        var trusted = SiteLoader.Load(site.Root, new LoadOptions { CacheFolder = cacheFolder });

        // Then the entry comes from the cache; once its mtime moves, from the file
        Assert.Equal("Meta", trusted.Model!.Companies["meta"].Name);
        File.SetLastWriteTimeUtc(meta, mtime.AddSeconds(1));
        var edited = SiteLoader.Load(site.Root, new LoadOptions { CacheFolder = cacheFolder });
        Assert.Equal("Mexa", edited.Model!.Companies["meta"].Name);
    }

    [Fact]
    public void AnEntryWithALogo_IsReadEveryTime_SoADeletedLogoIsReported()
    {
        // Given a site whose company shows a logo, loaded once through the cache
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var cacheFolder = Path.Combine(site.Root, ".briefing", "cache");
        var first = SiteLoader.Load(site.Root, new LoadOptions { CacheFolder = cacheFolder });
        Assert.NotNull(first.Model!.Companies["openai"].Logo);

        // When the logo file is deleted (the company's file is unchanged)
        File.Delete(Path.Combine(site.Root, "content/media/logos/openai.png"));
        var second = SiteLoader.Load(site.Root, new LoadOptions { CacheFolder = cacheFolder });

        // Then the load reports it, as it does without a cache
        var plain = SiteLoader.Load(site.Root, new LoadOptions());
        Assert.Contains(second.Diagnostics, d => d.IsError && d.Span.Path == "content/companies/openai.yml");
        Assert.Equal(plain.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void ADeletedRegistryFile_IsGoneFromTheNextLoad()
    {
        // Given a site loaded once through the cache
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var cacheFolder = Path.Combine(site.Root, ".briefing", "cache");
        _ = SiteLoader.Load(site.Root, new LoadOptions { CacheFolder = cacheFolder });

        // When an unmentioned person's file is deleted
        File.Delete(Path.Combine(site.Root, "content/people/unmentioned-person.yml"));
        var after = SiteLoader.Load(site.Root, new LoadOptions { CacheFolder = cacheFolder });

        // Then the person is gone, as in a load without a cache
        Assert.DoesNotContain("unmentioned-person", after.Model!.People.Keys);
        Assert.Equal(Registries(SiteLoader.Load(site.Root, new LoadOptions())), Registries(after));
    }

    [Fact]
    public void TheCacheForm_CoversEveryPropertyOfTheRegistryRecords()
    {
        // A property added to one of these records must be written by RegistryCache.Codec (then listed here).
        Assert.Equal("Aliases Description Logo Name Parent Slug SourcePath UrlAliases Website", Properties<Company>());
        Assert.Equal("Aliases Description Name Photo Slug SourcePath UrlAliases", Properties<Person>());
        Assert.Equal("Bio Email Links Name Role Slug SourcePath UrlAliases", Properties<Author>());
        Assert.Equal("Company ParentSpan", Properties<CompanyEntry>());
        Assert.Equal("Name Url", Properties<AuthorLink>());
        Assert.Equal("Route Span", Properties<UrlAlias>());
    }

    [Fact]
    public void ACacheWithDamagedBytes_IsReadOrIgnored_NeverThrows()
    {
        // Given the registry cache of the fixture site
        using var site = TestSite.CopyOf(RepoPaths.FixtureSite);
        var cacheFolder = Path.Combine(site.Root, ".briefing", "cache");
        _ = SiteLoader.Load(site.Root, new LoadOptions { CacheFolder = cacheFolder });
        var file = Path.Combine(cacheFolder, "registries.bin");
        var bytes = File.ReadAllBytes(file);
        var paths = new ContentPaths(site.Root);

        for (var at = 0; at < bytes.Length - 4; at++)
        {
            // When four bytes anywhere are replaced by a huge or negative count, Then opening it throws nothing
            var copy = bytes.ToArray();
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(at), at % 2 == 0 ? int.MaxValue : -1);
            File.WriteAllBytes(file, copy);
            _ = RegistryCache.Open(cacheFolder, paths);
        }
    }

    private static string Properties<T>() =>
        string.Join(' ', typeof(T).GetProperties().Where(p => p.Name != "EqualityContract").Select(p => p.Name).Order(StringComparer.Ordinal));

    private static string Registries(LoadResult load) => JsonSerializer.Serialize(new
    {
        Companies = load.Model!.Companies.Values.OrderBy(c => c.Slug, StringComparer.Ordinal).Select(c => new
        {
            c.Slug, c.Name, c.Aliases, c.Parent, Website = c.Website?.OriginalString, c.Description, c.SourcePath, c.UrlAliases, c.Logo,
        }),
        People = load.Model.People.Values.OrderBy(p => p.Slug, StringComparer.Ordinal),
        Authors = load.Model.Authors.Values.OrderBy(a => a.Slug, StringComparer.Ordinal).Select(a => new
        {
            a.Slug, a.Name, a.Role, a.Bio, Links = a.Links.Select(l => new { l.Name, Url = l.Url.OriginalString }), a.Email, a.SourcePath, a.UrlAliases,
        }),
    });
}
