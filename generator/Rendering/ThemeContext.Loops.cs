namespace Briefing.Rendering;

/// <summary>
/// The loops compiled templates are running (<see cref="Compiled.CompiledFor"/>), innermost last: each one's <c>for</c>
/// object and current item, which compiled reads inside the loop's body take from here instead of looking their names up
/// through Scriban's scopes (where the loop sets them too, for partials and Scriban's interpreter).
/// </summary>
internal sealed partial class ThemeContext
{
    private object?[] _loopItems = new object?[8];
    private object?[] _loopStates = new object?[8];
    private int _loops;

    /// <summary>Enters a compiled loop (<see cref="CompiledFor"/>): its <c>for</c> object, and no item yet.</summary>
    internal void PushLoop(object state)
    {
        if (_loops == _loopItems.Length)
        {
            Array.Resize(ref _loopItems, _loops * 2);
            Array.Resize(ref _loopStates, _loops * 2);
        }

        _loopStates[_loops] = state;
        _loopItems[_loops++] = null;
    }

    /// <summary>The innermost compiled loop's current item.</summary>
    internal void SetLoopItem(object? item) => _loopItems[_loops - 1] = item;

    /// <summary>Leaves the innermost compiled loop.</summary>
    internal void PopLoop()
    {
        _loops--;
        _loopItems[_loops] = null;
        _loopStates[_loops] = null;
    }

    /// <summary>The current item of the compiled loop <paramref name="depth"/> out from the innermost one.</summary>
    internal object? LoopItem(int depth) => _loopItems[_loops - 1 - depth];

    /// <summary>The <c>for</c> object of the compiled loop <paramref name="depth"/> out from the innermost one.</summary>
    internal object LoopState(int depth) => _loopStates[_loops - 1 - depth]!;

    /// <summary>No loop running (a new page).</summary>
    private void ClearLoops()
    {
        Array.Clear(_loopItems, 0, _loops);
        Array.Clear(_loopStates, 0, _loops);
        _loops = 0;
    }
}
