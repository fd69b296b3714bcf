using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>How an entity is titled and described when its registry entry says nothing: shared by its pages and its feeds.</summary>
public static class EntityText
{
    public static string Describe(Company company) => company.Description ?? $"Briefings and talent moves involving {company.Name}.";

    public static string Describe(Person person) => person.Description ?? $"Briefings and career moves of {person.Name}.";

    public static string Describe(Tag tag) => tag.Description ?? $"Briefings tagged {tag.Name}.";

    /// <summary>A tag page's title: <c>Tagged “Talent war”</c>.</summary>
    public static string Title(Tag tag) => $"Tagged “{tag.Name}”";
}
