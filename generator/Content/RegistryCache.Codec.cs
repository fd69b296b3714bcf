using Briefing.Caching;
using Briefing.Model;

namespace Briefing.Content;

/// <summary>
/// The binary form of a cached registry file: its entry (a company, a person or an author, every property of the
/// record: <c>RegistryCacheTests</c> fails when one is added without being written here) and its diagnostics.
/// </summary>
internal sealed partial class RegistryCache
{
    private const byte CompanyKind = 1;
    private const byte PersonKind = 2;
    private const byte AuthorKind = 3;

    private static void WriteEntry(BinaryWriter w, Entry e)
    {
        w.Write(e.Path);
        e.Stamp.Write(w);
        w.Write(e.MaxBytes);
        ParseCache.WriteDiagnostics(w, e.Diagnostics);
        switch (e.Item)
        {
            case CompanyEntry { Company: var c } entry:
                w.Write(CompanyKind);
                WriteCommon(w, c.Slug, c.Name, c.SourcePath, c.UrlAliases);
                WriteList(w, c.Aliases);
                ParseCache.WriteOptional(w, c.Parent);
                ParseCache.WriteOptional(w, c.Website?.OriginalString);
                ParseCache.WriteOptional(w, c.Description);
                WriteSpan(w, entry.ParentSpan);
                break;
            case Person p:
                w.Write(PersonKind);
                WriteCommon(w, p.Slug, p.Name, p.SourcePath, p.UrlAliases);
                WriteList(w, p.Aliases);
                ParseCache.WriteOptional(w, p.Description);
                break;
            case Author a:
                w.Write(AuthorKind);
                WriteCommon(w, a.Slug, a.Name, a.SourcePath, a.UrlAliases);
                ParseCache.WriteOptional(w, a.Role);
                ParseCache.WriteOptional(w, a.Bio);
                ParseCache.WriteOptional(w, a.Email);
                w.Write(a.Links.Count);
                foreach (var link in a.Links)
                {
                    w.Write(link.Name);
                    w.Write(link.Url.OriginalString);
                }

                break;
            default:
                throw new InvalidOperationException($"no cache form for {e.Item.GetType().Name}");
        }
    }

    private static Entry ReadEntry(BinaryReader r)
    {
        var path = r.ReadString();
        var stamp = FileStamp.Read(r);
        var maxBytes = r.ReadInt64();
        var diagnostics = ParseCache.ReadDiagnostics(r);
        var kind = r.ReadByte();
        var (slug, name, source, urlAliases) = (r.ReadString(), r.ReadString(), r.ReadString(), ReadAliases(r));
        object item = kind switch
        {
            CompanyKind => new CompanyEntry(
                new Company(slug, name, ReadList(r), ParseCache.ReadOptional(r), ReadUri(r), ParseCache.ReadOptional(r), source) { UrlAliases = urlAliases },
                ReadSpan(r)),
            PersonKind => new Person(slug, name, ReadList(r), ParseCache.ReadOptional(r), source) { UrlAliases = urlAliases },
            AuthorKind => ReadAuthor(r, slug, name, source, urlAliases),
            _ => throw new InvalidDataException($"unknown registry entry kind {kind}"),
        };
        return new Entry(path, stamp, maxBytes, item, diagnostics);
    }

    private static Author ReadAuthor(BinaryReader r, string slug, string name, string source, IReadOnlyList<UrlAlias> urlAliases)
    {
        var (role, bio, email) = (ParseCache.ReadOptional(r), ParseCache.ReadOptional(r), ParseCache.ReadOptional(r));
        var links = new AuthorLink[BuildStamp.ReadCount(r)];
        for (var i = 0; i < links.Length; i++)
        {
            links[i] = new AuthorLink(r.ReadString(), new Uri(r.ReadString(), UriKind.Absolute));
        }

        return new Author(slug, name, role, bio, links, email, source) { UrlAliases = urlAliases };
    }

    private static void WriteCommon(BinaryWriter w, string slug, string name, string source, IReadOnlyList<UrlAlias> urlAliases)
    {
        w.Write(slug);
        w.Write(name);
        w.Write(source);
        w.Write(urlAliases.Count);
        foreach (var alias in urlAliases)
        {
            w.Write(alias.Route);
            WriteSpan(w, alias.Span);
        }
    }

    private static UrlAlias[] ReadAliases(BinaryReader r)
    {
        var aliases = new UrlAlias[BuildStamp.ReadCount(r)];
        for (var i = 0; i < aliases.Length; i++)
        {
            aliases[i] = new UrlAlias(r.ReadString(), ReadSpan(r));
        }

        return aliases;
    }

    private static void WriteList(BinaryWriter w, IReadOnlyList<string> items)
    {
        w.Write(items.Count);
        foreach (var item in items)
        {
            w.Write(item);
        }
    }

    private static string[] ReadList(BinaryReader r)
    {
        var items = new string[BuildStamp.ReadCount(r)];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = r.ReadString();
        }

        return items;
    }

    private static Uri? ReadUri(BinaryReader r) => ParseCache.ReadOptional(r) is { } text ? new Uri(text, UriKind.Absolute) : null;

    private static void WriteSpan(BinaryWriter w, SourceSpan span)
    {
        w.Write(span.Path);
        w.Write(span.Line);
        w.Write(span.Column);
    }

    private static SourceSpan ReadSpan(BinaryReader r) => new(r.ReadString(), r.ReadInt32(), r.ReadInt32());
}
