using Scriban;
using Scriban.Runtime;

namespace Briefing.Rendering.Compiled;

/// <summary>
/// A layout or partial compiled from its Scriban syntax tree (<see cref="TemplateCompiler"/>): rendered as
/// <see cref="Template.Render(TemplateContext)"/> renders the template, into the same context and output.
/// </summary>
internal sealed class CompiledTemplate(Template template, CompiledNode body)
{
    /// <summary>The template it was compiled from.</summary>
    public Template Template => template;

    /// <summary>Renders into the context's output; returns the text of a string output (emptied after), as Scriban does.</summary>
    public string Render(TemplateContext context)
    {
        var path = template.SourceFilePath;
        if (path is not null)
        {
            context.PushSourceFile(path);
        }

        try
        {
            context.UseScientific = false;
            var result = body.Evaluate(context);
            if (context.EnableOutput && result is not null)
            {
                context.Write(template.Page!.Span, result);
            }
        }
        finally
        {
            if (path is not null)
            {
                context.PopSourceFile();
            }
        }

        var text = context.Output.ToString();
        if (context.Output is StringBuilderOutput output)
        {
            output.Builder.Length = 0;
        }

        return text ?? string.Empty;
    }
}
