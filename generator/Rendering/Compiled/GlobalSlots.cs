using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// Which global names compiled templates read without Scriban's look-up through every scope (a partial's locals and
/// loops, the page's loops, the page's variables, the built-ins: a dictionary look-up each): the page's read-only
/// variables <c>site</c>, <c>meta</c>, <c>page</c> (<see cref="ThemeContext"/> holds their values for the page), and the
/// theme's <c>include</c> and <c>include_cached</c>, and Scriban's <c>array</c> namespace. A name is read that way only when no template of the theme can
/// bind it anywhere else: no loop over it, no assignment or capture into it, and no <c>with</c>, <c>import</c>,
/// <c>func</c>, <c>wrap</c> or anonymous function in any template (each can bring names into scope). Decided once per
/// theme, from every layout and partial, whether compiled or not.
/// </summary>
internal sealed class GlobalSlots
{
    /// <summary>The page's variables a slot can hold, by index.</summary>
    public static readonly string[] PageNames = ["site", "meta", "page"];

    private readonly HashSet<string> _free;

    private GlobalSlots(HashSet<string> free, bool lexical, bool forChangedRead)
    {
        _free = free;
        Lexical = lexical;
        ForChangedRead = forChangedRead;
    }

    /// <summary>No name read without Scriban's look-up (a context outside a theme, tests).</summary>
    public static GlobalSlots None { get; } = new([], lexical: false, forChangedRead: true);

    /// <summary>
    /// Whether no template of the theme has a construct that may bring names into scope (<c>with</c>, <c>import</c>,
    /// <c>func</c>, <c>wrap</c>, an anonymous function): then a loop's variable, read inside its body in the same template,
    /// is that loop's item (<see cref="LoopItemNode"/>), and <c>for</c> there is that loop's object.
    /// </summary>
    public bool Lexical { get; }

    /// <summary>
    /// Whether a template of the theme may read <c>for.changed</c>: it names <c>for</c> other than as the target of a member
    /// read, or reads its member <c>changed</c>. When none does, a compiled loop does not compare each item with the last.
    /// </summary>
    public bool ForChangedRead { get; }

    /// <summary>Whether reads of <paramref name="name"/> can skip Scriban's look-up in this theme.</summary>
    public bool IsFree(string name) => _free.Contains(name);

    /// <summary>The slot of <paramref name="name"/> (an index of <see cref="PageNames"/>), or -1.</summary>
    public int PageSlot(string name) => IsFree(name) ? Array.IndexOf(PageNames, name) : -1;

    public static GlobalSlots Of(IEnumerable<Template> templates)
    {
        var bound = new HashSet<string>(StringComparer.Ordinal);
        var changedRead = false;
        foreach (var template in templates)
        {
            if (template.Page is { } page && !Walk(page, bound, ref changedRead))
            {
                return None;
            }
        }

        var free = new HashSet<string>([.. PageNames, "include", "include_cached", "array"], StringComparer.Ordinal);
        free.ExceptWith(bound);
        return new GlobalSlots(free, lexical: true, changedRead);
    }

    /// <summary>
    /// Adds the names <paramref name="node"/> binds to <paramref name="bound"/>, and notes a possible read of
    /// <c>for.changed</c>; false on a construct that may bind any name.
    /// </summary>
    private static bool Walk(ScriptNode node, HashSet<string> bound, ref bool changedRead)
    {
        switch (node)
        {
            case ScriptMemberExpression { Target: ScriptVariableGlobal { Name: "for" } target } read when target.GetType() == typeof(ScriptVariableGlobal):
                changedRead |= read.Member?.Name is not { } member || member == "changed" || read.DotToken.TokenType != TokenType.Dot;
                return true; // its children: the target (seen) and the member's name
            case ScriptVariable { Name: "for" }:
                changedRead = true;
                break;
            case ScriptWithStatement or ScriptImportStatement or ScriptFunction or ScriptWrapStatement:
                return false;
            case ScriptForStatement { Variable: var variable }: // a table row too
                Bind(variable, bound);
                break;
            case ScriptAssignExpression { Target: var target }:
                Bind(target, bound);
                break;
            case ScriptCaptureStatement { Target: var captured }:
                Bind(captured, bound);
                break;
        }

        foreach (var child in node.Children)
        {
            if (child is not null && !Walk(child, bound, ref changedRead))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The variable a target names; a target that is no plain variable (<c>a.b = 1</c>) binds no global name.</summary>
    private static void Bind(ScriptNode? target, HashSet<string> bound)
    {
        if (target is ScriptVariable { Name: { } name })
        {
            bound.Add(name);
        }
    }
}
