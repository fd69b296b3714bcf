using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// Compiles a parsed Scriban template into <see cref="CompiledNode"/>s, or tells why not. Statements: text, <c>{{ }}</c>,
/// assignments, <c>if</c>/<c>else if</c>/<c>else</c>, <c>for</c> (with <c>offset:</c>, <c>limit:</c>, <c>reversed</c>, <c>else</c>). Expressions: literals, variables, member reads,
/// operators, <c>? :</c>, parentheses, calls of <c>include</c> and <c>include_cached</c> (<see cref="CallNode"/>); other
/// function calls and pipes are evaluated by Scriban's interpreter where they stand (same context, same variables). Any other statement (<c>capture</c>, <c>case</c>, <c>while</c>, <c>break</c>,
/// <c>continue</c>, <c>func</c>, <c>with</c>, <c>wrap</c>, a loop with another option…) leaves the whole template to Scriban.
/// </summary>
internal sealed class TemplateCompiler
{
    private readonly GlobalSlots _slots;

    /// <summary>
    /// The compiled loops around the statement being compiled, innermost last: each one's variable while its body is
    /// compiled, null in its <c>else</c> (where Scriban has not set it) or when it is no global variable.
    /// </summary>
    private readonly List<string?> _loops = [];

    /// <summary>
    /// Whether a node compiled since the innermost loop's body began may look names up through Scriban's scopes or run a
    /// partial (Scriban's interpreter, a call, a pipe): then that loop must also set its variable where Scriban looks.
    /// </summary>
    private bool _scopesRead;

    private TemplateCompiler(GlobalSlots slots) => _slots = slots;

    /// <summary>The compiled template, or null and <paramref name="reason"/> (the construct that is not supported, and where).</summary>
    public static CompiledTemplate? Compile(Template template, out string? reason) => Compile(template, GlobalSlots.None, out reason);

    /// <summary>The compiled template, its reads of the names <paramref name="slots"/> frees bound to the theme's values.</summary>
    public static CompiledTemplate? Compile(Template template, GlobalSlots slots, out string? reason)
    {
        reason = null;
        if (template.HasErrors || template.Page is not { Body: { } body, FrontMatter: null } || template.LexerOptions.Lang != ScriptLang.Default
            || template.LexerOptions.Mode != ScriptMode.Default)
        {
            reason = "not a plain template (front matter, another language or mode)";
            return null;
        }

        try
        {
            return new CompiledTemplate(template, new TemplateCompiler(slots).Block(body));
        }
        catch (Unsupported unsupported)
        {
            reason = unsupported.Message;
            return null;
        }
    }

    private BlockNode Block(ScriptBlockStatement block)
    {
        var steps = new List<BlockNode.Step>(block.Statements.Count);
        foreach (var statement in block.Statements)
        {
            steps.Add(statement.CanSkipEvaluation
                ? BlockNode.Step.Of(statement as ScriptEscapeStatement)
                : new BlockNode.Step(Statement(statement), statement.CanOutput, BlockNode.EscapeKind.None, null));
        }

        return new BlockNode([.. steps], block.Span);
    }

    private CompiledNode Statement(ScriptStatement statement) => statement switch
    {
        ScriptRawStatement raw when raw.GetType() == typeof(ScriptRawStatement) =>
            RawTextNode.IsEmpty(raw.Text) ? new LiteralNode(null) : new RawTextNode(raw.Text),
        ScriptExpressionStatement { Expression: var expression } when statement.GetType() == typeof(ScriptExpressionStatement) =>
            expression is null ? new LiteralNode(null) : new StatementNode(Expression(expression)),
        ScriptIfStatement conditional when statement.GetType() == typeof(ScriptIfStatement) => If(conditional),
        ScriptForStatement loop when statement.GetType() == typeof(ScriptForStatement) => For(loop),
        ScriptNopStatement when statement.GetType() == typeof(ScriptNopStatement) => new LiteralNode(null),
        _ => throw Unsupported.At(statement),
    };

    private CompiledNode If(ScriptIfStatement statement)
    {
        if (statement.Condition is not { } condition)
        {
            return new LiteralNode(null);
        }

        var otherwise = statement.Else switch
        {
            null => null,
            ScriptIfStatement elseIf when elseIf.GetType() == typeof(ScriptIfStatement) => If(elseIf),
            ScriptElseStatement { Body: var body } when statement.Else.GetType() == typeof(ScriptElseStatement) => body is null ? null : Block(body),
            var other => throw Unsupported.At(other),
        };
        return new ConditionalNode(Expression(condition), condition.Span, statement.Then is { } then ? Block(then) : null, otherwise);
    }

    private CompiledNode For(ScriptForStatement loop)
    {
        if (loop.Variable is not ScriptVariable variable || loop.Iterator is null || loop.Body is null || loop.SetContinue
            || (loop.Else is not null && loop.Else.GetType() != typeof(ScriptElseStatement)))
        {
            throw Unsupported.At(loop, "a for loop without a variable, an iterator or a body");
        }

        // The iterator and the options are evaluated before the loop sets anything: they read what is outside it.
        var iterator = Expression(loop.Iterator);
        var options = new List<CompiledFor.Option>();
        foreach (var option in loop.NamedArguments ?? [])
        {
            options.Add(option switch
            {
                { Name.Name: "offset", Value: { } value } => new CompiledFor.Option(CompiledFor.OptionKind.Offset, Expression(value), value.Span),
                { Name.Name: "limit", Value: { } value } => new CompiledFor.Option(CompiledFor.OptionKind.Limit, Expression(value), value.Span),
                { Name.Name: "reversed" } => new CompiledFor.Option(CompiledFor.OptionKind.Reversed, null, option.Span),
                _ => throw Unsupported.At(option, $"a for loop option '{option.Name?.Name}'"),
            });
        }

        var name = variable.GetType() == typeof(ScriptVariableGlobal) ? variable.Name : null;
        var outerScopesRead = _scopesRead;
        _scopesRead = false;
        _loops.Add(name);
        try
        {
            var body = Block(loop.Body);
            // Where nothing in the body looks names up through Scriban, only compiled reads see the item: Scriban's scope need not hold it.
            var setScope = _scopesRead || !_slots.Lexical || name is null;
            _loops[^1] = null;
            var otherwise = loop.Else is ScriptElseStatement { Body: { } elseBody } ? Block(elseBody) : null;
            return new LoopNode(new CompiledFor(loop, iterator, [.. options], body, otherwise, _slots.ForChangedRead, setScope));
        }
        finally
        {
            _loops.RemoveAt(_loops.Count - 1);
            _scopesRead |= outerScopesRead;
        }
    }

    /// <summary>
    /// A read of a global variable: inside a loop of this template that binds it (or <c>for</c> inside any), from the loop
    /// stack when the theme allows (<see cref="GlobalSlots.Lexical"/>); else through the context (or a page slot).
    /// </summary>
    private CompiledNode Variable(ScriptVariableGlobal variable)
    {
        if (_slots.Lexical && _loops.Count > 0)
        {
            if (variable.Name == "for")
            {
                return new ForStateNode(0);
            }

            var at = _loops.LastIndexOf(variable.Name);
            if (at >= 0)
            {
                return new LoopItemNode(_loops.Count - 1 - at, variable.Name);
            }
        }

        return new VariableNode(variable, _slots.PageSlot(variable.Name));
    }

    private CompiledNode Expression(ScriptExpression expression)
    {
        switch (expression)
        {
            case ScriptLiteral literal when expression.GetType() == typeof(ScriptLiteral):
                return new LiteralNode(literal.Value);
            case ScriptVariableGlobal variable when expression.GetType() == typeof(ScriptVariableGlobal):
                return Variable(variable);
            case ScriptMemberExpression { Member: { } member, Target: { } target } read when expression.GetType() == typeof(ScriptMemberExpression)
                && read.DotToken.TokenType == TokenType.Dot && IsPath(target):
                var compiledTarget = Expression(target);
                return compiledTarget is ForStateNode state && CompiledFor.IsStateMember(member.Name)
                    ? new ForMemberNode(state.Depth, member.Name)
                    : new MemberNode(compiledTarget, member.Name, member.Span);
            case ScriptBinaryExpression { Left: { } left, Right: { } right } binary when expression.GetType() == typeof(ScriptBinaryExpression):
                return binary.Operator is ScriptBinaryOperator.And or ScriptBinaryOperator.Or
                    ? new LogicalNode(binary.Operator == ScriptBinaryOperator.And, Expression(left), left.Span, Expression(right), right.Span)
                    : new BinaryNode(binary.Operator, binary.OperatorToken?.Span ?? binary.Span, Expression(left), Expression(right));
            case ScriptUnaryExpression { Right: { } operand } unary when expression.GetType() == typeof(ScriptUnaryExpression)
                && unary.Operator != ScriptUnaryOperator.FunctionAlias:
                return new UnaryNode(unary.Operator, operand.Span, Expression(operand));
            case ScriptConditionalExpression { Condition: { } condition, ThenValue: { } then, ElseValue: { } otherwise }
                when expression.GetType() == typeof(ScriptConditionalExpression):
                return new ConditionalNode(Expression(condition), condition.Span, Expression(then), Expression(otherwise));
            case ScriptNestedExpression { Expression: { } inner } when expression.GetType() == typeof(ScriptNestedExpression) && IsValue(inner):
                return Expression(inner);
            case ScriptNestedExpression { Expression: ScriptPipeCall pipe } when expression.GetType() == typeof(ScriptNestedExpression)
                && _slots.IsFree("array") && MapContainsNode.Matches(pipe, out var list, out var member, out var item):
                _scopesRead = true;
                return new MapContainsNode(expression, Expression(list!), member!, Expression(item!));
            case ScriptPipeCall pipe when _slots.IsFree("array") && MapContainsNode.Matches(pipe, out var list, out var member, out var item):
                _scopesRead = true;
                return new MapContainsNode(expression, Expression(list!), member!, Expression(item!));
            case ScriptAssignExpression { Target: ScriptVariableGlobal target, Value: { } value } assign
                when expression.GetType() == typeof(ScriptAssignExpression) && assign.EqualToken.TokenType == TokenType.Equal:
                return new AssignNode(target, Expression(value));
            case ScriptFunctionCall call when expression.GetType() == typeof(ScriptFunctionCall) && CallNode.Binds(call, out var name):
                _scopesRead = true;
                return new CallNode(call, name!, [.. call.Arguments.Select(Expression)], _slots.IsFree(name!.Name));
            default:
                _scopesRead = true;
                return new InterpretedNode(expression);
        }
    }

    /// <summary>
    /// A member read's target the compiler reads itself: a variable or another member read, not one of Scriban's built-in
    /// namespaces, whose members are mostly functions (<c>date.now</c>): reads of them are left to Scriban.
    /// </summary>
    private static bool IsPath(ScriptExpression target) => target switch
    {
        ScriptVariableGlobal variable when target.GetType() == typeof(ScriptVariableGlobal) => !ThemeBuiltins.IsNamespace(variable.Name),
        ScriptMemberExpression { Target: { } inner } when target.GetType() == typeof(ScriptMemberExpression) => IsPath(inner),
        _ => false,
    };

    /// <summary>What parentheses may hold and be compiled: no call, no pipe (whose arguments the parentheses scope).</summary>
    private static bool IsValue(ScriptExpression inner) => inner is ScriptLiteral or ScriptVariableGlobal or ScriptMemberExpression
        or ScriptBinaryExpression or ScriptUnaryExpression or ScriptConditionalExpression or ScriptNestedExpression;

    /// <summary>A construct the compiler leaves to Scriban: its template renders with Scriban.</summary>
    private sealed class Unsupported(string message) : Exception(message)
    {
        public static Unsupported At(ScriptNode node, string? what = null) =>
            new($"{what ?? node.GetType().Name} at {node.Span.Start.Line + 1}:{node.Span.Start.Column + 1}");
    }
}
