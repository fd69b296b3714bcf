using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Briefing.Rendering.Views;
using static Briefing.Rendering.CardKeyJsonConverter;

namespace Briefing.Rendering;

/// <summary>
/// A move's row in the views' JSON, which only the pages' content keys read (<c>ContentKeys</c>): the hash of every
/// field of the move, worked out once per move, as <see cref="CardKeyJsonConverter"/> does for cards. A move's view is
/// shared by every page that lists it (its briefings, both companies, the person, the moves pages, its edition), and its
/// JSON was a quarter of the keys' cost. A test changes each field of a move (and of its links) and sees the hash change.
/// </summary>
public sealed class MoveKeyJsonConverter : HashKeyJsonConverter<MoveView>
{
    public MoveKeyJsonConverter()
        : base(static move => move.KeyHash(Hash))
    {
    }

    /// <summary>The hash of every field of <paramref name="move"/>.</summary>
    internal static UInt128 Hash(MoveView move)
    {
        var hash = new XxHash128();
        Text(hash, move.Kind);
        Text(hash, move.KindLabel);
        Link(hash, move.Person);
        Text(hash, move.Who);
        Link(hash, move.From);
        Link(hash, move.To);
        Text(hash, move.Role);
        Text(hash, move.DateIso);
        Text(hash, move.DateDisplay);
        Link(hash, move.Article);
        Links(hash, move.Reports);
        return hash.GetCurrentHashAsUInt128();
    }
}
