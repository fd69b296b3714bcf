using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace Briefing.Content;

/// <summary>
/// Builds <see cref="YamlValue"/> trees from YamlDotNet's scanner tokens. YamlDotNet's parser interns every
/// mapping key (<c>string.IsInterned</c>, a process-wide lock) and made parallel loading slower than serial; the
/// scanner does the lexical work without it. Documents with anchors, aliases, tags or directives, and anything
/// malformed, go through the full parser (<see cref="YamlEventReader"/>) instead, which also words the errors.
/// Both readers stop at <see cref="YamlLimits"/>. Documents in the plainest shape (nearly all) are read first by
/// <see cref="YamlQuickReader"/>, without a scanner.
/// </summary>
internal sealed class YamlTokenReader
{
    private readonly Scanner _scanner;
    private Token? _current;
    private int _depth;

    private YamlTokenReader(string yaml)
    {
        _scanner = new Scanner(new StringReader(yaml), skipComments: true);
        Advance();
    }

    /// <summary>The document's root value (null for an empty document).</summary>
    /// <exception cref="YamlException">The YAML is malformed, or crosses a limit (<see cref="YamlLimitException"/>).</exception>
    public static YamlValue? Read(string yaml)
    {
        return YamlQuickReader.TryRead(yaml, out var quick) ? quick : ReadScanned(yaml);
    }

    /// <summary>As <see cref="Read"/>, without the quick reader (the reference in tests and benchmarks).</summary>
    internal static YamlValue? ReadScanned(string yaml)
    {
        try
        {
            return new YamlTokenReader(yaml).ReadStream();
        }
        catch (Exception ex) when (ex is not YamlLimitException)
        {
            // The full parser decides, and words any error the way YamlDotNet users know it. The scanner throws more
            // than YamlException on some malformed input (InvalidOperationException on `[unclosed "a"`): the parser
            // meets the same input and YamlEventReader gives it a position.
            return ReadWithParser(yaml);
        }
    }

    private YamlValue? ReadStream()
    {
        Expect<StreamStart>();
        if (_current is DocumentStart)
        {
            Advance();
        }

        YamlValue? root = _current is StreamEnd or DocumentEnd ? null : ReadNode();
        if (_current is DocumentEnd)
        {
            Advance();
        }

        Expect<StreamEnd>();
        return root;
    }

    private YamlValue ReadNode()
    {
        switch (_current)
        {
            case Scalar scalar:
                Advance();
                return new YamlScalar(scalar.Value, scalar.Style, scalar.Start);
            case BlockMappingStart or BlockSequenceStart or FlowSequenceStart or FlowMappingStart:
                if (++_depth > YamlLimits.MaxDepth)
                {
                    throw YamlLimitException.Depth(_current.Start);
                }

                var collection = ReadCollection();
                _depth--;
                return collection;
            default:
                throw new UnsupportedException();
        }
    }

    private YamlValue ReadCollection()
    {
        var start = _current!.Start;
        var token = _current;
        Advance();
        switch (token)
        {
            case BlockMappingStart:
                return ReadBlockMapping(start);
            case BlockSequenceStart:
                var items = new List<YamlValue>();
                while (_current is BlockEntry entry)
                {
                    Advance();
                    items.Add(_current is BlockEntry or BlockEnd ? Empty(entry.End) : ReadNode());
                }

                Expect<BlockEnd>();
                return new YamlSequence(items, start);
            case FlowSequenceStart:
                return ReadFlowSequence(start);
            default:
                return ReadFlowMapping(start);
        }
    }

    private YamlMapping ReadBlockMapping(Mark start)
    {
        var entries = new List<KeyValuePair<YamlValue, YamlValue>>();
        while (_current is Key key)
        {
            Advance();
            var name = _current is Value or Key or BlockEnd ? Empty(key.End) : ReadNode();
            YamlValue value;
            if (_current is Value colon)
            {
                Advance();
                value = _current switch
                {
                    Key or BlockEnd => Empty(colon.End),
                    BlockEntry => ReadIndentlessSequence(),
                    _ => ReadNode(),
                };
            }
            else
            {
                value = Empty(name.Start);
            }

            entries.Add(new(name, value));
        }

        Expect<BlockEnd>();
        return new YamlMapping(entries, start);
    }

    /// <summary><c>key:</c> followed by <c>- a</c> lines at the key's own indentation.</summary>
    private YamlSequence ReadIndentlessSequence()
    {
        var start = _current!.Start;
        var items = new List<YamlValue>();
        while (_current is BlockEntry entry)
        {
            Advance();
            items.Add(_current is BlockEntry or Key or BlockEnd ? Empty(entry.End) : ReadNode());
        }

        return new YamlSequence(items, start);
    }

    private YamlSequence ReadFlowSequence(Mark start)
    {
        var items = new List<YamlValue>();
        while (_current is not FlowSequenceEnd)
        {
            if (_current is Key)
            {
                throw new UnsupportedException(); // [a: b] single-pair mappings
            }

            items.Add(ReadNode());
            if (_current is FlowEntry)
            {
                Advance();
            }
            else if (_current is not FlowSequenceEnd)
            {
                throw new UnsupportedException();
            }
        }

        Advance();
        return new YamlSequence(items, start);
    }

    private YamlMapping ReadFlowMapping(Mark start)
    {
        var entries = new List<KeyValuePair<YamlValue, YamlValue>>();
        while (_current is Key key)
        {
            Advance();
            var name = _current is Value ? Empty(key.End) : ReadNode();
            YamlValue value = Empty(name.Start);
            if (_current is Value)
            {
                Advance();
                value = _current is FlowEntry or FlowMappingEnd ? Empty(_current.Start) : ReadNode();
            }

            entries.Add(new(name, value));
            if (_current is FlowEntry)
            {
                Advance();
            }
        }

        Expect<FlowMappingEnd>();
        return new YamlMapping(entries, start);
    }

    private static YamlScalar Empty(Mark at) => new(string.Empty, ScalarStyle.Plain, at);

    private void Expect<T>()
        where T : Token
    {
        if (_current is not T)
        {
            throw new UnsupportedException();
        }

        Advance();
    }

    private void Advance() => _current = _scanner.MoveNext() ? _scanner.Current : null;

    /// <summary>The same tree built from YamlDotNet's full parser (the fallback, and the reference in tests).</summary>
    internal static YamlValue? ReadWithParser(string yaml) => YamlEventReader.Read(yaml);

    /// <summary>Something this reader leaves to the full parser.</summary>
    private sealed class UnsupportedException : Exception;
}
