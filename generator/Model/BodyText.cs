using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Briefing.Model;

/// <summary>
/// A briefing's Markdown body and a hash of it. A body parsed this build holds its text; one from the build cache
/// holds only its hash and loads its text from the source file the first time it is asked for — most builds
/// render a handful of bodies, and the cache stays small.
/// </summary>
public sealed class BodyText
{
    private readonly Func<string>? _load;
    private string? _text;

    public BodyText(string text)
    {
        _text = text;
        Hash = HashOf(text);
    }

    /// <param name="hash">The hash (<see cref="HashOf"/>) of the text <paramref name="load"/> returns.</param>
    public BodyText(UInt128 hash, Func<string> load)
    {
        Hash = hash;
        _load = load;
    }

    public static BodyText Empty { get; } = new(string.Empty);

    public UInt128 Hash { get; }

    /// <summary>The Markdown (loaded on first use when it came from the cache; safe from any thread).</summary>
    public string Text
    {
        get
        {
            if (Volatile.Read(ref _text) is { } text)
            {
                return text;
            }

            Interlocked.CompareExchange(ref _text, _load!(), null);
            return _text!;
        }
    }

    public static UInt128 HashOf(string text) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()));

    public override string ToString() => Text;
}
