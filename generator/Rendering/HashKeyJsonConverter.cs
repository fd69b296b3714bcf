using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Rendering;

/// <summary>
/// A view record shared by many pages, written into the pages' content keys (<c>ContentKeys</c>) as the hash of its
/// fields, worked out once per instance (<see cref="CardKeyJsonConverter"/>, <see cref="MoveKeyJsonConverter"/>). The
/// views are immutable records, so the hash kept for an instance stays its own.
/// </summary>
public abstract class HashKeyJsonConverter<T> : JsonConverter<T>
    where T : class
{
    private readonly ConditionalWeakTable<T, StrongBox<UInt128>> _hashes = new();
    private readonly ConditionalWeakTable<T, StrongBox<UInt128>>.CreateValueCallback _create;

    /// <param name="hash">The hash of every field of a view.</param>
    protected HashKeyJsonConverter(Func<T, UInt128> hash) => _create = view => new StrongBox<UInt128>(hash(view));

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"a {typeof(T).Name}'s key is written, never read");

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        CardKeyJsonConverter.WriteHash(writer, _hashes.GetValue(value, _create).Value);
}
