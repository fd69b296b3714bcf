using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace Briefing.Content;

/// <summary>
/// Builds <see cref="YamlValue"/> trees from YamlDotNet's scanner tokens. YamlDotNet's parser interns every
/// mapping key (<c>string.IsInterned</c>, a process-wide lock) and made parallel loading slower than serial; the
/// scanner does the lexical work without it. Documents with anchors, aliases, tags or directives, and anything
/// malformed, go through the full parser (<see cref="YamlStream"/>) instead, which also words the errors.
/// </summary>
internal sealed class YamlTokenReader
{
    private readonly Scanner _scanner;
    private Token? _current;

    private YamlTokenReader(string yaml)
    {
        _scanner = new Scanner(new StringReader(yaml), skipComments: true);
        Advance();
    }

    /// <summary>The document's root value (null for an empty document).</summary>
    /// <exception cref="YamlException">The YAML is malformed.</exception>
    public static YamlValue? Read(string yaml)
    {
        try
        {
            return new YamlTokenReader(yaml).ReadStream();
        }
        catch (Exception ex) when (ex is UnsupportedException or YamlException)
        {
            // The full parser decides, and words any error the way YamlDotNet users know it.
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
            case BlockMappingStart start:
                Advance();
                return ReadBlockMapping(start.Start);
            case BlockSequenceStart start:
                Advance();
                var items = new List<YamlValue>();
                while (_current is BlockEntry entry)
                {
                    Advance();
                    items.Add(_current is BlockEntry or BlockEnd ? Empty(entry.End) : ReadNode());
                }

                Expect<BlockEnd>();
                return new YamlSequence(items, start.Start);
            case FlowSequenceStart start:
                Advance();
                return ReadFlowSequence(start.Start);
            case FlowMappingStart start:
                Advance();
                return ReadFlowMapping(start.Start);
            default:
                throw new UnsupportedException();
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

    /// <summary>The same tree built by YamlDotNet's full parser (the fallback, and the reference in tests).</summary>
    internal static YamlValue? ReadWithParser(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            throw new SemanticErrorException(second, second, "a front matter or registry file holds one YAML document, not several");
        }

        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static YamlValue Convert(YamlNode node) => node switch
    {
        YamlScalarNode s => new YamlScalar(s.Value ?? string.Empty, s.Style, s.Start),
        YamlSequenceNode q => new YamlSequence(q.Children.Select(Convert).ToArray(), q.Start),
        YamlMappingNode m => new YamlMapping(m.Children.Select(kv => new KeyValuePair<YamlValue, YamlValue>(Convert(kv.Key), Convert(kv.Value))).ToArray(), m.Start),
        _ => new YamlScalar(string.Empty, ScalarStyle.Plain, node.Start),
    };

    /// <summary>Something this reader leaves to the full parser.</summary>
    private sealed class UnsupportedException : Exception;
}
