using Briefing.Content;
using YamlDotNet.Core;

namespace Briefing.Tests.Content;

/// <summary>The fast token reader builds exactly the tree YamlDotNet's full parser builds, positions included.</summary>
public sealed class YamlTokenReaderTests
{
    public static TheoryData<string> Documents =>
    [
        "title: \"A\"\ndate: 2025-06-26\n",
        "companies: [amazon, aws]\npeople: []\ntags:\n  - a\n  - b\n",
        "moves:\n  - person: x\n    from: aws\n    to: ~\n    kind: departure\n  - count: 3\n    who: \"OpenAI researchers\"\n",
        "moves:\n- person: x\n  to:\n- person: y\nsources:\n- name: R\n  url: https://e.org/?a=1&b=2\n",
        "a: {b: 1, c: [x, y], d: }\ne: 'single ''quoted'''\n",
        "summary: >\n  folded\n  text\nbody: |\n  literal\n  text\n",
        "# comment\nkey: value # trailing\n\nother:\n",
        "nested:\n  deeper:\n    deepest: [1, 2, {k: v}]\n",
        "list:\n  -\n  - b\n  - - c\n    - d\n",
        "anchored: &a 1\nalias: *a\n",
        "tagged: !!str 5\n",
        "",
        "~\n",
        "just a scalar\n",
        "[a: b]\n",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void TokenReader_BuildsTheSameTreeAsTheFullParser(string yaml)
    {
        var fast = YamlTokenReader.Read(yaml);
        var reference = YamlTokenReader.ReadWithParser(yaml);

        Assert.Equal(YamlTree.Describe(reference), YamlTree.Describe(fast));
    }

    [Theory]
    [InlineData("tags: [a, b\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a:\n\t- b\n")]
    [InlineData("a: \"unclosed\n")]
    public void MalformedYaml_ThrowsTheFullParsersError(string yaml)
    {
        var expected = Assert.ThrowsAny<YamlException>(() => YamlTokenReader.ReadWithParser(yaml));

        var actual = Assert.ThrowsAny<YamlException>(() => YamlTokenReader.Read(yaml));

        Assert.Equal(expected.Message, actual.Message);
    }
}
