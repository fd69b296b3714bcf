using System.Text;

namespace Briefing.Media.Cards;

/// <summary>
/// The cards a <see cref="CardWorker"/> is sent, kept as the bytes the build wrote (each card's route, staged file and
/// <see cref="CardContent"/>, as <see cref="BinaryWriter"/> strings) and decoded one card at a time when it is drawn.
/// As strings and records, a 50,000-briefing build's 66,000 cards took ~55 MB of the worker's heap for the whole drawing;
/// as UTF-8 in one array, ~20 MB (docs/performance.md, nineteenth session).
/// </summary>
internal sealed class CardWorkerJobs : IReadOnlyList<(string Route, CardContent Content)>
{
    private const int Strings = 7; // route, staged, label, title, date, companies, site (and an image path when flagged)

    private readonly byte[] _bytes;
    private readonly int[] _starts;

    private CardWorkerJobs(byte[] bytes, int[] starts)
    {
        _bytes = bytes;
        _starts = starts;
    }

    public int Count => _starts.Length;

    public (string Route, CardContent Content) this[int index]
    {
        get
        {
            var (route, _, content) = Job(index);
            return (route, content);
        }
    }

    /// <summary>Card <paramref name="index"/>: its route, staged file and content.</summary>
    public (string Route, string Staged, CardContent Content) Job(int index)
    {
        using var reader = new BinaryReader(new MemoryStream(_bytes, _starts[index], _bytes.Length - _starts[index], writable: false), Encoding.UTF8);
        return Read(reader);
    }

    public IEnumerator<(string Route, CardContent Content)> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Reads what <see cref="Write"/> wrote: the count, the block's length, and the block, kept whole.</summary>
    public static CardWorkerJobs ReadFrom(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var length = reader.ReadInt32();
        if (count < 0 || length < 0)
        {
            throw new InvalidDataException("not a build's cards");
        }

        var bytes = ReadBlock(reader, length);

        var starts = new int[count];
        using var scan = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        for (var i = 0; i < count; i++)
        {
            starts[i] = checked((int)scan.BaseStream.Position);
            var image = false;
            for (var s = 0; s < Strings; s++)
            {
                Skip(scan);
            }

            image = scan.ReadBoolean();
            if (image)
            {
                Skip(scan);
            }
        }

        return new CardWorkerJobs(bytes, starts);
    }

    /// <summary>Writes <paramref name="jobs"/> as <see cref="ReadFrom"/> reads them: their count, the block's length in bytes, the block.</summary>
    public static void Write(BinaryWriter writer, IReadOnlyList<(string Route, string Staged, CardContent Content)> jobs)
    {
        long length = 0;
        foreach (var (route, staged, content) in jobs)
        {
            length += Size(route) + Size(staged) + Size(content.Label) + Size(content.Title) + Size(content.Date) + Size(content.Companies) + Size(content.Site)
                + 1 + (content.ImagePath is { } image ? Size(image) : 0);
        }

        writer.Write(jobs.Count);
        writer.Write(checked((int)length));
        foreach (var (route, staged, content) in jobs)
        {
            writer.Write(route);
            writer.Write(staged);
            writer.Write(content.Label);
            writer.Write(content.Title);
            writer.Write(content.Date);
            writer.Write(content.Companies);
            writer.Write(content.Site);
            writer.Write(content.ImagePath is not null);
            if (content.ImagePath is not null)
            {
                writer.Write(content.ImagePath);
            }
        }
    }

    private static (string Route, string Staged, CardContent Content) Read(BinaryReader reader)
    {
        var (route, staged) = (reader.ReadString(), reader.ReadString());
        var content = new CardContent(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(),
            reader.ReadBoolean() ? reader.ReadString() : null);
        return (route, staged, content);
    }

    /// <summary>Past one <see cref="BinaryWriter"/> string: its length (7 bits a byte) and its UTF-8 bytes.</summary>
    private static void Skip(BinaryReader reader)
    {
        var length = reader.Read7BitEncodedInt();
        if (length < 0 || reader.BaseStream.Position + length > reader.BaseStream.Length)
        {
            throw new EndOfStreamException();
        }

        reader.BaseStream.Position += length;
    }

    /// <summary>The bytes <see cref="BinaryWriter.Write(string)"/> writes for <paramref name="text"/>.</summary>
    private static long Size(string text)
    {
        var bytes = Encoding.UTF8.GetByteCount(text);
        var prefix = 1;
        for (var rest = (uint)bytes >> 7; rest != 0; rest >>= 7)
        {
            prefix++;
        }

        return prefix + bytes;
    }

    /// <summary>
    /// The block's <paramref name="length"/> bytes, read a megabyte at a time: a length that input without the cards
    /// behind it announces (a damaged or hostile pipe) ends the input before it sizes an array.
    /// </summary>
    private static byte[] ReadBlock(BinaryReader reader, int length)
    {
        var block = new MemoryStream(Math.Min(length, 1 << 20));
        var chunk = new byte[Math.Min(length, 1 << 20)];
        while (block.Length < length)
        {
            var read = reader.Read(chunk, 0, (int)Math.Min(chunk.Length, length - block.Length));
            if (read == 0)
            {
                throw new EndOfStreamException();
            }

            block.Write(chunk, 0, read);
        }

        return block.Length == block.Capacity ? block.GetBuffer() : block.ToArray();
    }
}
