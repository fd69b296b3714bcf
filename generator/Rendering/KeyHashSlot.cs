namespace Briefing.Rendering;

/// <summary>
/// A shared view's hash in the pages' content keys (<see cref="CardKeyJsonConverter"/>, <see cref="MoveKeyJsonConverter"/>),
/// kept in the view it was worked out for. A slot equals every other slot, so the record's equality and hash code stay
/// those of its fields; a copy made with <c>with</c> carries its original's slot, which names its owner, so the copy
/// works out its own. It replaced a weak table whose lookups were a third of the keys' time.
/// </summary>
public sealed class KeyHashSlot
{
    private KeyHashSlot(object? owner, UInt128 hash)
    {
        Owner = owner;
        Hash = hash;
    }

    /// <summary>No hash yet: a view starts with this slot, never null, so a view with a hash equals one without.</summary>
    internal static KeyHashSlot None { get; } = new(null, UInt128.Zero);

    private object? Owner { get; }

    private UInt128 Hash { get; }

    /// <summary>The hash kept in <paramref name="slot"/> for <paramref name="owner"/>, else worked out and kept there.</summary>
    internal static UInt128 Of<T>(T owner, ref KeyHashSlot slot, Func<T, UInt128> hash)
        where T : class
    {
        var kept = Volatile.Read(ref slot);
        if (ReferenceEquals(kept.Owner, owner))
        {
            return kept.Hash;
        }

        var made = new KeyHashSlot(owner, hash(owner));
        Volatile.Write(ref slot, made);
        return made.Hash;
    }

    public override bool Equals(object? obj) => obj is KeyHashSlot;

    public override int GetHashCode() => 0;
}
