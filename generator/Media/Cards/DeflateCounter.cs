namespace Briefing.Media.Cards;

/// <summary>Counts the symbols of a scan, for <see cref="DeflateCode.Build"/>.</summary>
internal struct DeflateCounter : IDeflateSink
{
    public DeflateCounter()
    {
    }

    /// <summary>How often each literal/length symbol (0–285) was used.</summary>
    public int[] Literals { get; } = new int[286];

    /// <summary>How often each distance code (0–29) was used.</summary>
    public int[] Distances { get; } = new int[30];

    /// <summary>The code for these counts (an image's own code).</summary>
    public readonly DeflateCode Code() => DeflateCode.Build(Literals, Distances);

    /// <summary>A code with every symbol, shaped by these counts (one count more each): it writes any image.</summary>
    public readonly DeflateCode CodeForAll() => DeflateCode.Build([.. Literals.Select(c => c + 1)], [.. Distances.Select(c => c + 1)]);

    public readonly void Literal(byte value) => Literals[value]++;

    public readonly void Literal(ReadOnlySpan<byte> values)
    {
        foreach (var value in values)
        {
            Literals[value]++;
        }
    }

    public readonly void NearCopy(int length) => Copy(length, 1);

    public readonly void Copy(int length, int distance)
    {
        Literals[257 + DeflateCode.LengthCode(length)]++;
        Distances[DeflateCode.DistanceCode(distance)]++;
    }

    public readonly void EndOfBlock() => Literals[256]++;

    public readonly void Reserve(int bytes)
    {
    }
}
