namespace Briefing.Media.Cards;

/// <summary>
/// Boxes whose text comes back from card to card (a label, a date, the site's name) are drawn once: the second time a
/// painter sees a box with a text, it keeps what it drew as a <see cref="CardPatch"/>, and from then on lays the patch
/// over the indices instead of fitting, shaping, blending and shading the text again. The rows that only such boxes
/// drew into are bands (<see cref="DeflateBand"/>) whose Deflate bits the encoder copies too. Same pixels, same bytes.
/// </summary>
public sealed partial class CardPainter
{
    private const int MaxPatches = 1024;
    private const int MaxPatchBytes = 8 << 20;
    private const int MaxSeen = 16384;

    // Null for a box and text seen once. Kept only when no shade of a text colour is index 0 (0 is "nothing drawn").
    private readonly Dictionary<(string Box, string Text, bool BesideImage), CardPatch?> _patches = [];
    private readonly List<DeflateBand> _bandList = [];
    private int _patchBytes;

    /// <summary>How many boxes this painter keeps as patches, and how many bands of rows as Deflate bits (tests).</summary>
    internal (int Patches, int Bands) Kept => (_patches.Values.Count(p => p is not null), _bands.Count);

    /// <summary>Draws the box <paramref name="name"/> showing <paramref name="text"/>, from its patch when it has one.</summary>
    private void DrawBox(string name, string text, bool besideImage)
    {
        var style = _layout.Texts[name];
        var key = (name, text, besideImage);
        var known = _patches.TryGetValue(key, out var patch);
        if (patch is null)
        {
            var keep = known && _patches.Count < MaxPatches && _patchBytes < MaxPatchBytes && !_palette.Shades(style.Color).AsSpan(1).Contains((byte)0);
            patch = DrawText(style, text, besideImage, keep);
            if (keep && patch is not null)
            {
                _patches[key] = patch;
                _patchBytes += patch.Pixels.Length;
            }
            else if (!known && _patches.Count < MaxSeen)
            {
                _patches[key] = null;
            }
        }
        else
        {
            var width = patch.Right - patch.Left;
            for (var y = patch.Top; y < patch.Bottom; y++)
            {
                Overlay(patch.Pixels.AsSpan((y - patch.Top) * width, width), _indices.AsSpan((y * _layout.Width) + patch.Left, width));
            }
        }

        if (patch is not null)
        {
            // Unambiguous: each part is preceded by its length.
            _drawn.Add((patch.Top, patch.Bottom, patch.Left, patch.Right, $"{name.Length}:{name}{(besideImage ? 1 : 0)}{text.Length}:{text}"));
        }
    }

    /// <summary>
    /// The bands of the card drawn last: the boxes' ink rows and the row after, those that share a row together, in
    /// order; each keyed by its boxes and texts.
    /// </summary>
    private ReadOnlySpan<DeflateBand> Bands()
    {
        _bandList.Clear();
        var drawn = _drawn.OrderBy(d => d.Top).ToArray(); // stable: boxes starting on one row keep their drawing order
        for (var i = 0; i < drawn.Length;)
        {
            var (top, last, key) = (drawn[i].Top, drawn[i].Bottom, drawn[i].Key);
            for (i++; i < drawn.Length && drawn[i].Top <= last; i++)
            {
                (last, key) = (Math.Max(last, drawn[i].Bottom), $"{key}|{drawn[i].Key}");
            }

            last = Math.Min(last, _layout.Height - 1);
            _bandList.Add(new DeflateBand(top, last, $"{top}-{last}|{key}"));
        }

        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_bandList);
    }
}
