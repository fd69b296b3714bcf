using System.Globalization;

namespace Briefing.Media.Cards;

/// <summary>
/// The child process that draws a big build's social cards (<see cref="CardWorkerProcess"/> starts it as
/// <c>briefing --card-worker</c>). Why a process: the build's collector stops every thread of its own process while it
/// runs, on one core, and a cold 10,000-briefing build spends about a second so; a card drawn in another process goes on
/// meanwhile. It runs at the build's own priority: at nice 10 it filled idle cores a little better on a quiet machine,
/// but on a busy one it starved, and a 50,000-briefing build waited 35 s for its cards (docs/performance.md, eighteenth
/// session).
/// </summary>
/// <remarks>
/// <para>Standard input, written by the build (<see cref="BinaryWriter"/> strings): the header (<see cref="Magic"/>, the theme's
/// folder and its display name, the card cache's folder or an empty string); then, when the build has planned its cards,
/// their count and each card's route, staged file and <see cref="CardContent"/>; then one byte per command:
/// <see cref="WidenCommand"/> (draw on every core) and <see cref="FinishCommand"/> (no more commands). An input that
/// ends before the finish command means the build stopped: no new card is started.</para>
/// <para>Standard output: <c>ready</c> once the theme's cards are loaded and a painter is made, <c>ok N LENGTH TICKS</c> when card N
/// is written (and cached), with its file's size and modification time (UTC ticks) as written, <c>peak BYTES</c> (the worker's peak working set) and <c>done</c> at the end. A card that
/// failed is not confirmed: the build draws every card not confirmed itself, and meets the same failure there.</para>
/// </remarks>
public static class CardWorker
{
    /// <summary>The argument that runs the worker instead of the command line (not for use by hand).</summary>
    public const string Argument = "--card-worker";

    internal const string Magic = "briefing-card-worker-1";

    internal const byte WidenCommand = (byte)'W';

    internal const byte FinishCommand = (byte)'F';

    /// <summary>Runs the worker on <paramref name="input"/> and <paramref name="output"/> (the process's standard streams); its exit code.</summary>
    public static int Run(Stream input, TextWriter output, TextWriter error)
    {
        using var reader = new BinaryReader(input, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (ReadMagic(reader) != Magic)
            {
                error.WriteLine($"briefing: {Argument} is the card worker of 'briefing build', not a command");
                return 2;
            }

            var (themeRoot, display, cacheFolder) = (reader.ReadString(), reader.ReadString(), reader.ReadString());
            var diagnostics = new List<Model.Diagnostic>();
            using var cards = SocialCards.Load(themeRoot, display, diagnostics);
            if (cards is null)
            {
                error.WriteLine($"briefing: the card worker found no card layout in {themeRoot}");
                return 1;
            }

            cards.Prepare(); // the Deflate code and a first painter, while the build loads its content
            output.WriteLine("ready");
            output.Flush();
            var jobs = CardWorkerJobs.ReadFrom(reader);
            var cache = new CardCache(cacheFolder.Length == 0 ? null : cacheFolder);
            var confirm = new Lock();
            using var drawing = cards.Draw(jobs, (i, route, bytes) =>
            {
                var staged = jobs.Job(i).Staged;
                var stamp = Write(staged, bytes);
                cache.Write(route, bytes, staged);
                lock (confirm)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ok {i} {stamp.Length} {stamp.Mtime}"));
                }
            }, threads: 1);
            if (!FollowCommands(reader, drawing))
            {
                return 3; // the build is gone: the cards being drawn end, no other starts (Dispose)
            }

            drawing.Finish();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak {PeakWorkingSet()}"));
            output.WriteLine("done");
            output.Flush();
            return 0;
        }
        catch (EndOfStreamException)
        {
            return 3; // the build stopped before it sent its cards
        }
        catch (InvalidDataException)
        {
            return 2; // not a build's cards
        }
        catch (AggregateException)
        {
            return 1; // a card failed: not confirmed, the build draws it and reports why
        }
    }

    /// <summary>This process's peak resident set (Linux: <c>VmHWM</c>), else its working set now.</summary>
    private static long PeakWorkingSet()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.PeakWorkingSet64 > 0 ? self.PeakWorkingSet64 : Environment.WorkingSet;
    }

    /// <summary>The input's first string, or null when it holds none (not a build's input).</summary>
    private static string? ReadMagic(BinaryReader reader)
    {
        try
        {
            return reader.ReadString();
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException or IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// The staged card, created new (the build claimed its name and made its folder); returns its size and time as
    /// written (an <c>fstat</c> of the open file), which the build records instead of a <c>stat</c> of its own.
    /// </summary>
    private static Caching.FileStamp Write(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
        return new Caching.FileStamp(bytes.Length, File.GetLastWriteTimeUtc(handle).Ticks);
    }

    /// <summary>Widens on the build's word until it says finish (true) or its input ends (false).</summary>
    private static bool FollowCommands(BinaryReader reader, CardDrawing drawing)
    {
        for (; ; )
        {
            int command;
            try
            {
                command = reader.ReadByte();
            }
            catch (EndOfStreamException)
            {
                return false;
            }

            if (command == WidenCommand)
            {
                drawing.Widen(Environment.ProcessorCount);
            }
            else if (command == FinishCommand)
            {
                return true;
            }
        }
    }

    /// <summary>Writes the header and, later, the cards, as <see cref="Run"/> reads them.</summary>
    internal static void WriteHeader(BinaryWriter writer, string themeRoot, string display, string? cacheFolder)
    {
        writer.Write(Magic);
        writer.Write(themeRoot);
        writer.Write(display);
        writer.Write(cacheFolder ?? "");
    }

    internal static void WriteJobs(BinaryWriter writer, IReadOnlyList<(string Route, string Staged, CardContent Content)> jobs) =>
        CardWorkerJobs.Write(writer, jobs);
}
