using Briefing.Caching;

namespace Briefing.Media.Cards;

/// <summary>
/// The last build's card plan (<c>.briefing/cache/card-plan.bin</c>): every card's route and what it shows, and each
/// page's card. Keyed by the build's fingerprint (the generator and theme, every briefing's front matter, the
/// registries, the config, the processed images) and the site's folder, which decide all of it: a body edit, the
/// usual rebuild, plans no card. Saved only for a plan without glyph warnings (their lines are not in the key).
/// </summary>
public static class CardPlanCache
{
    private const string Magic = "briefing-card-plan-1";

    /// <summary>The cards and pages saved under <paramref name="key"/> (what each card shows is decoded when asked), or null.</summary>
    public static SavedCardPlan? Load(string? cacheFolder, UInt128 key)
    {
        using var reader = cacheFolder is null ? null : BuildStamp.OpenCache(PathIn(cacheFolder), Magic);
        if (reader is null)
        {
            return null;
        }

        try
        {
            if (BuildStamp.ReadHash(reader) != key)
            {
                return null;
            }

            var stream = reader.BaseStream;
            var cards = new string[BuildStamp.ReadCount(reader)];
            var offsets = new int[cards.Length];
            for (var i = 0; i < cards.Length; i++)
            {
                cards[i] = reader.ReadString();
                offsets[i] = (int)stream.Position;
                for (var text = 0; text < 5; text++)
                {
                    Skip(reader);
                }

                if (reader.ReadBoolean())
                {
                    Skip(reader);
                }
            }

            var pageCount = BuildStamp.ReadCount(reader);
            var pages = new Dictionary<string, int>(pageCount, StringComparer.Ordinal);
            for (var i = pageCount; i > 0; i--)
            {
                var page = reader.ReadString();
                var card = reader.ReadInt32();
                if ((uint)card >= (uint)cards.Length)
                {
                    return null;
                }

                pages[page] = card;
            }

            return new SavedCardPlan(((MemoryStream)stream).GetBuffer(), cards, offsets, pages);
        }
        catch (Exception ex) when (BuildStamp.IsCorrupt(ex) || ex is EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>Moves past a saved string without decoding it; a length past the end of the file is corrupt.</summary>
    private static void Skip(BinaryReader reader)
    {
        var length = reader.Read7BitEncodedInt();
        var stream = reader.BaseStream;
        if (length < 0 || length > stream.Length - stream.Position)
        {
            throw new EndOfStreamException("a string past the end of the card plan");
        }

        stream.Position += length;
    }

    /// <summary>Saves a plan under <paramref name="key"/> (a failure to write only costs the next build the planning).</summary>
    public static void Save(string cacheFolder, UInt128 key, IReadOnlyList<(string Route, CardContent Content)> cards, IReadOnlyList<(string Page, int Card)> pages)
    {
        try
        {
            BuildStamp.WriteAtomically(PathIn(cacheFolder), stream =>
            {
                using var writer = BuildStamp.CreateCache(stream, Magic);
                BuildStamp.WriteHash(writer, key);
                writer.Write(cards.Count);
                foreach (var (route, content) in cards)
                {
                    writer.Write(route);
                    foreach (var text in new[] { content.Label, content.Title, content.Date, content.Companies, content.Site })
                    {
                        writer.Write(text);
                    }

                    writer.Write(content.ImagePath is not null);
                    if (content.ImagePath is { } image)
                    {
                        writer.Write(image);
                    }
                }

                writer.Write(pages.Count);
                foreach (var (page, card) in pages)
                {
                    writer.Write(page);
                    writer.Write(card);
                }
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static string PathIn(string cacheFolder) => Path.Combine(cacheFolder, "card-plan.bin");
}
