using Scriban;
using Scriban.Runtime;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// One node of a compiled template: a statement or an expression of Scriban's syntax tree, bound once per theme, that
/// evaluates to what Scriban's node evaluates to (a statement's value is what its block writes; null for most).
/// </summary>
internal abstract class CompiledNode
{
    public abstract object? Evaluate(TemplateContext context);

    /// <summary>The type of the last value read here that was no function (read and written whole by any thread).</summary>
    private Type? _plainType;

    /// <summary>
    /// Whether <paramref name="value"/> is a function, which Scriban would call where it reads it (a compiled read leaves
    /// that to Scriban). Whether a type implements an interface is a property of the type, so the answer for the last type
    /// read here is kept: the check walks a type's interfaces, slowly for arrays (variance) and boxed numbers (dozens).
    /// </summary>
    protected bool IsFunction(object? value)
    {
        if (value is null)
        {
            return false;
        }

        var type = value.GetType();
        if (ReferenceEquals(type, _plainType))
        {
            return false;
        }

        if (value is IScriptCustomFunction)
        {
            return true;
        }

        _plainType = type;
        return false;
    }
}
