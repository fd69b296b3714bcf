namespace Briefing.Rendering;

/// <summary>
/// One reusable object per thread (a text builder, a writer and its buffer), taken for one piece of work and given back
/// after it: a build made a fresh one per page, body or feed item, and at 1,000 briefings the allocator's zeroing of
/// fresh memory was a large share of the page stage (docs/performance.md, fourteenth session).
/// </summary>
/// <remarks>
/// <see cref="Take"/> empties the thread's slot, so a nested use on the same thread makes an object of its own; an object
/// not given back (its work threw) is dropped with whatever state it was left in.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A ThreadLocal holds no unmanaged resource: its finalizer lets go of the threads' objects with its owner, which lives as long as the build or the server.")]
internal sealed class PerThread<T>(Func<T> create) where T : class
{
    private readonly ThreadLocal<T?> _kept = new();

    /// <summary>The thread's object, or a new one.</summary>
    public T Take()
    {
        var kept = _kept.Value;
        if (kept is null)
        {
            return create();
        }

        _kept.Value = null;
        return kept;
    }

    /// <summary>Keeps <paramref name="item"/> for the thread's next <see cref="Take"/>.</summary>
    public void Return(T item) => _kept.Value = item;
}
