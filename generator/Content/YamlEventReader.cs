using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.Content;

/// <summary>
/// Builds <see cref="YamlValue"/> trees from YamlDotNet's parser events, without recursion: the fallback of
/// <see cref="YamlTokenReader"/> for documents with anchors, aliases, tags or anything malformed. YamlDotNet's own
/// representation model recurses once per nesting level (tens of thousands of <c>[</c> overflow the stack) and
/// leaves aliases for its reader to expand (a "billion laughs" document expands without end); here both are bounded
/// by <see cref="YamlLimits"/> and reported as <see cref="YamlLimitException"/> at the node that crossed them.
/// </summary>
internal static class YamlEventReader
{
    public static YamlValue? Read(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var anchors = new Dictionary<string, (YamlValue Value, long Size)>(StringComparer.Ordinal);
        var open = new Stack<Frame>();
        YamlValue? root = null;
        var documents = 0;
        long expanded = 0;
        var last = Mark.Empty;

        while (MoveNext(parser, last))
        {
            var current = parser.Current!;
            last = current.Start;
            switch (current)
            {
                case DocumentStart start when ++documents > 1:
                    throw new SemanticErrorException(start.Start, start.End, "a front matter or registry file holds one YAML document, not several");
                case SequenceStart start:
                    Push(open, new Frame(start.Start, Anchor(start.Anchor), Mapping: false), start.Start);
                    break;
                case MappingStart start:
                    Push(open, new Frame(start.Start, Anchor(start.Anchor), Mapping: true), start.Start);
                    break;
                case SequenceEnd or MappingEnd:
                    var frame = open.Pop();
                    YamlValue built = frame.Mapping ? frame.ToMapping() : new YamlSequence(frame.Items, frame.Start);
                    Add(built, frame.Size + 1, frame.Anchor);
                    break;
                case Scalar scalar:
                    expanded = Count(expanded, 1, scalar.Start);
                    Add(new YamlScalar(scalar.Value, scalar.Style, scalar.Start), 1, Anchor(scalar.Anchor));
                    break;
                case AnchorAlias alias:
                    if (!anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        throw new AnchorNotFoundException(alias.Start, alias.End, $"alias *{alias.Value.Value} refers to no anchor &{alias.Value.Value} above it");
                    }

                    // An alias repeats its anchor's whole value: count it at its expanded size, which is what every
                    // reader of the tree walks.
                    expanded = Count(expanded, target.Size, alias.Start);
                    Add(target.Value, target.Size, null);
                    break;
            }
        }

        return root;

        void Add(YamlValue value, long size, string? anchor)
        {
            if (anchor is not null)
            {
                anchors[anchor] = (value, size);
            }

            if (open.TryPeek(out var parent))
            {
                parent.Items.Add(value);
                parent.Size += size;
            }
            else
            {
                root = value;
            }
        }
    }

    /// <summary>
    /// The next event. YamlDotNet's scanner throws InvalidOperationException (an empty stack) on some unclosed flow
    /// collections, such as <c>title: [unclosed "A title"</c>: that becomes a syntax error at the last event read.
    /// </summary>
    private static bool MoveNext(Parser parser, Mark last)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (Exception ex) when (ex is not YamlException)
        {
            throw new SyntaxErrorException(last, last, "a '[' or '{' here is never closed, or a value in it is not quoted; close it, or put the whole value in quotes");
        }
    }

    private static void Push(Stack<Frame> open, Frame frame, Mark at)
    {
        if (open.Count >= YamlLimits.MaxDepth)
        {
            throw YamlLimitException.Depth(at);
        }

        open.Push(frame);
    }

    private static long Count(long expanded, long size, Mark at)
    {
        var total = expanded + size;
        return total > YamlLimits.MaxValues ? throw YamlLimitException.Expansion(at) : total;
    }

    private static string? Anchor(AnchorName name) => name.IsEmpty ? null : name.Value;

    /// <summary>A collection being read: its items so far and their expanded size.</summary>
    private sealed class Frame(Mark start, string? anchor, bool Mapping)
    {
        public Mark Start { get; } = start;

        public string? Anchor { get; } = anchor;

        public bool Mapping { get; } = Mapping;

        public List<YamlValue> Items { get; } = [];

        public long Size { get; set; }

        public YamlMapping ToMapping()
        {
            var entries = new KeyValuePair<YamlValue, YamlValue>[Items.Count / 2];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = new(Items[2 * i], Items[(2 * i) + 1]);
            }

            return new YamlMapping(entries, Start);
        }
    }
}
