namespace Briefing.Rendering;

/// <summary>
/// The loops compiled templates are running (<see cref="Compiled.CompiledFor"/>), innermost last: each one's <c>for</c>
/// object and current item, which compiled reads inside the loop's body take from here instead of looking their names up
/// through Scriban's scopes (where the loop sets them too, for partials and Scriban's interpreter).
/// </summary>
internal sealed partial class ThemeContext
{
    private Running[] _running = new Running[8];
    private int _loops;

    /// <summary>Enters a compiled loop (<see cref="CompiledFor"/>): its <c>for</c> object, and no item yet.</summary>
    internal void PushLoop(object state)
    {
        if (_loops == _running.Length)
        {
            Array.Resize(ref _running, _loops * 2);
        }

        _running[_loops++] = new Running(state);
    }

    /// <summary>The innermost compiled loop's current item.</summary>
    internal void SetLoopItem(object? item) => _running[_loops - 1].Item = item;

    /// <summary>Leaves the innermost compiled loop.</summary>
    internal void PopLoop()
    {
        _running[--_loops] = default;
    }

    /// <summary>The current item of the compiled loop <paramref name="depth"/> out from the innermost one.</summary>
    internal object? LoopItem(int depth) => _running[_loops - 1 - depth].Item;

    /// <summary>The <c>for</c> object of the compiled loop <paramref name="depth"/> out from the innermost one.</summary>
    internal object LoopState(int depth) => _running[_loops - 1 - depth].State!;

    /// <summary>No loop running (a new page).</summary>
    private void ClearLoops()
    {
        Array.Clear(_running, 0, _loops);
        _loops = 0;
    }

    /// <summary>A running loop's <c>for</c> object and item: a struct, so storing an item needs no array type check.</summary>
    private struct Running(object state)
    {
        public readonly object? State = state;
        public object? Item;
    }
}
