using System.Globalization;
using YamlDotNet.Core;

namespace Briefing.Content;

/// <summary>A document crossed one of <see cref="YamlLimits"/>: reported as it is, never retried by another reader.</summary>
internal sealed class YamlLimitException : YamlException
{
    private YamlLimitException(Mark at, string message)
        : base(at, at, message)
    {
    }

    public static YamlLimitException Depth(Mark at) => new(at, string.Create(CultureInfo.InvariantCulture,
        $"the YAML nests lists and mappings more than {YamlLimits.MaxDepth} levels deep here; close the '[' or '{{' that is left open, or flatten the value"));

    public static YamlLimitException Expansion(Mark at) => new(at, string.Create(CultureInfo.InvariantCulture,
        $"the YAML's aliases (*name) expand to more than {YamlLimits.MaxValues:N0} values; write the values out instead of repeating anchors"));
}
