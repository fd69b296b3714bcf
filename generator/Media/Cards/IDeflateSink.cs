namespace Briefing.Media.Cards;

/// <summary>
/// Where <see cref="SparseDeflate"/> sends the symbols it finds: counted (<see cref="DeflateCounter"/>, to make a code) or
/// written (<see cref="DeflateWriter"/>). A struct type argument, so that each is compiled into the scan, not called.
/// </summary>
internal interface IDeflateSink
{
    /// <summary>One byte as a literal.</summary>
    void Literal(byte value);

    /// <summary>Each byte as a literal.</summary>
    void Literal(ReadOnlySpan<byte> values);

    /// <summary>A copy of 3–258 bytes from one byte back.</summary>
    void NearCopy(int length);

    /// <summary>A copy of 3–258 bytes from <paramref name="distance"/> bytes back.</summary>
    void Copy(int length, int distance);

    void EndOfBlock();

    /// <summary>Room for <paramref name="bytes"/> more bytes of output.</summary>
    void Reserve(int bytes);
}
