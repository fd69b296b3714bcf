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
    private readonly Func<T, UInt128> _kept;

    /// <param name="kept">The hash of every field of a view, as the view keeps it (<see cref="KeyHashSlot"/>).</param>
    protected HashKeyJsonConverter(Func<T, UInt128> kept) => _kept = kept;

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"a {typeof(T).Name}'s key is written, never read");

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        CardKeyJsonConverter.WriteHash(writer, _kept(value));
}
