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

    /// <summary>A body parsed this build that can be read again from its file: <see cref="Release"/> may drop the text.</summary>
    public BodyText(string text, Func<string> load)
        : this(text)
    {
        _load = load;
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

    /// <summary>
    /// Drops the text of a body that can be read again from its file (once its HTML is rendered, a full build needs
    /// it no more: at 50,000 briefings the bodies are ~350 MB the collector would otherwise carry through every
    /// page). Asking for <see cref="Text"/> again reads it again. A body without a file keeps its text.
    /// </summary>
    public void Release()
    {
        if (_load is not null)
        {
            Volatile.Write(ref _text, null);
        }
    }

    /// <summary>Whether the text is in memory (it was not released, or was read again since).</summary>
    internal bool IsLoaded => Volatile.Read(ref _text) is not null;

    public static UInt128 HashOf(string text) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()));

    public override string ToString() => Text;
}
