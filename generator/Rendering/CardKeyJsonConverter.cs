using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>
/// A briefing's card in the views' JSON, which only the pages' content keys read (<c>ContentKeys</c>): the hash of
/// every field of the card, worked out once per card. A card is shared by every list that shows it (the home, company,
/// person and tag pages, and the related briefings of others), and serializing it again on each was most of the keys'
/// cost. The key is as sensitive as the card's JSON was: each field is hashed with its length, and a test changes each
/// field of a card (and of its links and byline) and sees the hash change. A card is an immutable record, so the hash
/// kept for an instance stays its own.
/// </summary>
public sealed class CardKeyJsonConverter : HashKeyJsonConverter<ArticleCardView>
{
    public CardKeyJsonConverter()
        : base(static card => card.KeyHash(Hash))
    {
    }

    /// <summary>The hash of every field of <paramref name="card"/>.</summary>
    internal static UInt128 Hash(ArticleCardView card)
    {
        var hash = new XxHash128();
        Text(hash, card.Title);
        Text(hash, card.Url);
        Text(hash, card.DateIso);
        Text(hash, card.DateDisplay);
        Text(hash, card.Summary);
        Links(hash, card.Companies);
        Links(hash, card.People);
        Links(hash, card.Tags);
        Text(hash, card.Via);
        Number(hash, card.Draft ? 1 : 0);
        Number(hash, card.ReadingMinutes);
        Number(hash, card.Authors.Count);
        foreach (var author in card.Authors)
        {
            Text(hash, author.Before);
            Text(hash, author.Name);
            Text(hash, author.Url);
        }

        return hash.GetCurrentHashAsUInt128();
    }

    internal static void Links(XxHash128 hash, IReadOnlyList<LinkView> links)
    {
        Number(hash, links.Count);
        foreach (var link in links)
        {
            Link(hash, link);
        }
    }

    /// <summary>A link's name and URL; null as a length of -2, which no list or text has.</summary>
    internal static void Link(XxHash128 hash, LinkView? link)
    {
        if (link is null)
        {
            Number(hash, -2);
            return;
        }

        Text(hash, link.Name);
        Text(hash, link.Url);
    }

    /// <summary>The text's length (-1 for null), then its UTF-16 code units: no two lists of texts hash the same bytes.</summary>
    internal static void Text(XxHash128 hash, string? text)
    {
        Number(hash, text?.Length ?? -1);
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    internal static void Number(XxHash128 hash, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        hash.Append(bytes);
    }

    /// <summary>The hash as JSON: base64 of its 16 bytes.</summary>
    internal static void WriteHash(Utf8JsonWriter writer, UInt128 hash)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, hash);
        writer.WriteBase64StringValue(bytes);
    }
}
