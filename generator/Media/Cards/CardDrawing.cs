using System.Collections.Concurrent;
using System.Diagnostics;

namespace Briefing.Media.Cards;

/// <summary>
/// Cards being drawn on threads of their own, beside whatever the build does meanwhile (its pages, then its feeds and
/// digest): one thread from the start, more once <see cref="Widen"/> says the cores are free. Each thread takes the next
/// card not yet taken, so the cards are shared out however many threads draw them; a card's bytes never depend on its
/// thread (a painter's history never changes them: SocialCardsPrepareTests).
/// <see cref="Finish"/> waits for the last card and throws what drawing or writing threw, as <c>Parallel.ForEach</c> did;
/// <see cref="Dispose"/> stops a drawing the build no longer wants (it failed) and waits for its threads.
/// </summary>
/// <remarks>Threads, not the pool's workers: a worker held for seconds reads to the pool as starvation, and it adds threads
/// (docs/performance.md, thirteenth session); the pages and feeds stages keep the pool to themselves.</remarks>
public sealed class CardDrawing : IDisposable
{
    private readonly IReadOnlyList<(string Route, CardContent Content)> _cards;
    private readonly Action<int, string, ReadOnlySpan<byte>> _write;
    private readonly Func<CardPainter> _rent;
    private readonly Action<CardPainter> _return;
    private readonly Action _finished;
    private readonly List<Thread> _threads = [];
    private readonly ConcurrentBag<(int Card, Exception Failure)> _failures = [];
    private readonly long _started = Stopwatch.GetTimestamp();
    private int _next = -1;
    private int _running;
    private long _ended;
    private volatile bool _stopped;

    internal CardDrawing(IReadOnlyList<(string Route, CardContent Content)> cards, Action<int, string, ReadOnlySpan<byte>> write, Func<CardPainter> rent,
        Action<CardPainter> release, Action finished, int threads)
    {
        _cards = cards;
        _write = write;
        _rent = rent;
        _return = release;
        _finished = finished;
        Widen(threads);
    }

    /// <summary>Cards to draw, drawn or not yet.</summary>
    public int Count => _cards.Count;

    /// <summary>Whether a thread is still drawing (tests).</summary>
    internal bool Running => Volatile.Read(ref _running) > 0;

    /// <summary>From the start to the last card drawn (so far, while drawing).</summary>
    public TimeSpan Elapsed => _cards.Count == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(_started, Interlocked.Read(ref _ended) is var ended and > 0 ? ended : Stopwatch.GetTimestamp());

    /// <summary>Draws on <paramref name="threads"/> threads from now on (more than so far: started; fewer: nothing changes).</summary>
    public void Widen(int threads)
    {
        lock (_threads)
        {
            var wanted = Math.Min(threads, _cards.Count);
            while (_threads.Count < wanted && !_stopped && Volatile.Read(ref _next) < _cards.Count - 1)
            {
                Interlocked.Increment(ref _running);
                var thread = new Thread(Draw) { IsBackground = true, Name = "cards" };
                _threads.Add(thread);
                thread.Start();
            }
        }
    }

    /// <summary>Waits for every card; throws (an <see cref="AggregateException"/>, failures in card order) when one failed.</summary>
    public void Finish()
    {
        Widen(Environment.ProcessorCount); // a caller that never widened: not on one thread alone
        Join();
        if (!_failures.IsEmpty)
        {
            throw new AggregateException(_failures.OrderBy(f => f.Card).Select(f => f.Failure));
        }
    }

    /// <summary>Stops drawing (the cards being drawn are finished) and waits for the threads; a failure is not thrown.</summary>
    public void Dispose()
    {
        Stop();
        Join();
    }

    /// <summary>No card is started from now on; the ones being drawn are finished.</summary>
    internal void Stop() => _stopped = true;

    private void Join()
    {
        Thread[] threads;
        lock (_threads)
        {
            threads = [.. _threads];
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        _finished(); // every painter is back: the owner may let them go
    }

    private void Draw()
    {
        CardPainter? painter = null;
        try
        {
            painter = _rent();
            for (var i = Interlocked.Increment(ref _next); i < _cards.Count && !_stopped; i = Interlocked.Increment(ref _next))
            {
                var (route, content) = _cards[i];
                try
                {
                    _write(i, route, painter.PaintShared(content)); // the bytes are the painter's until its next card
                }
                catch (Exception ex)
                {
                    _failures.Add((i, ex));
                    _stopped = true; // as Parallel.ForEach: no new card once one failed
                }
            }
        }
        catch (Exception ex)
        {
            _failures.Add((-1, ex)); // no painter: before any card
            _stopped = true;
        }
        finally
        {
            if (painter is not null)
            {
                _return(painter);
            }

            if (Interlocked.Decrement(ref _running) == 0)
            {
                Interlocked.Exchange(ref _ended, Stopwatch.GetTimestamp());
            }
        }
    }
}
