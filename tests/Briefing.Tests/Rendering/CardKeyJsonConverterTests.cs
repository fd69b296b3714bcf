using System.Collections;
using System.Reflection;
using Briefing.Rendering;
using Briefing.Rendering.Views;

namespace Briefing.Tests.Rendering;

/// <summary>
/// A card (and a move's row) stands in the pages' content keys as the hash of its fields: that hash must change with
/// every field, or an edit that shows on a list page would keep the page's old file. Reflection finds the fields, so a field added to a
/// card, a link or a byline entry and left out of the hash fails here.
/// </summary>
public sealed class CardKeyJsonConverterTests
{
    private static readonly ArticleCardView Card = new(
        "Title", "/b/one/", "2024-05-01", "1 May 2024", "Summary",
        [new LinkView("Amazon", "/companies/amazon/")], [new LinkView("Ana", "/people/ana/")], [new LinkView("AI", "/tags/ai/")],
        "AWS", false, 3) { Authors = [new BylineAuthorView("", "Mei", "/authors/mei/")] };

    [Fact]
    public void EveryFieldOfACard_ItsLinksAndItsByline_ChangesItsHash()
    {
        var hash = CardKeyJsonConverter.Hash(Card);
        var checkedFields = new List<string>();
        foreach (var property in Fields(typeof(ArticleCardView)))
        {
            foreach (var (what, changed) in Changes(property.GetValue(Card), property.PropertyType))
            {
                var card = With(Card, property, changed);
                Assert.True(CardKeyJsonConverter.Hash(card) != hash, $"changing {property.Name} ({what}) left the card's hash as it was");
                checkedFields.Add($"{property.Name}{what}");
            }
        }

        Assert.Contains("Companies[0].Url", checkedFields);
        Assert.Contains("Authors[0].Before", checkedFields);
        Assert.Contains("Via", checkedFields);
    }

    [Fact]
    public void EqualCards_HashTheSame_AndTextsDoNotRunIntoEachOther()
    {
        Assert.Equal(CardKeyJsonConverter.Hash(Card), CardKeyJsonConverter.Hash(Card with { Companies = [new LinkView("Amazon", "/companies/amazon/")] }));
        Assert.NotEqual(CardKeyJsonConverter.Hash(Card), CardKeyJsonConverter.Hash(Card with { Title = "Title/b/one/", Url = "" }));
        Assert.NotEqual(CardKeyJsonConverter.Hash(Card with { Via = null }), CardKeyJsonConverter.Hash(Card with { Via = "" }));
    }

    private static readonly MoveView Move = new(
        "departure", "Departure", new LinkView("Ana", "/people/ana/"), "3 researchers", new LinkView("Amazon", "/companies/amazon/"),
        new LinkView("Meta", "/companies/meta/"), "VP", "2024-05-01", "1 May 2024", new LinkView("Title", "/b/one/"), [new LinkView("Title", "/b/one/")]);

    [Fact]
    public void EveryFieldOfAMove_AndOfItsLinks_ChangesItsHash()
    {
        var hash = MoveKeyJsonConverter.Hash(Move);
        var checkedFields = new List<string>();
        foreach (var property in Fields(typeof(MoveView)))
        {
            foreach (var (what, changed) in Changes(property.GetValue(Move), property.PropertyType))
            {
                Assert.True(MoveKeyJsonConverter.Hash(With(Move, property, changed)) != hash, $"changing {property.Name} ({what}) left the move's hash as it was");
                checkedFields.Add($"{property.Name}{what}");
            }
        }

        Assert.Contains("Person.Url", checkedFields);
        Assert.Contains("To=null", checkedFields);
        Assert.Contains("Reports[0].Name", checkedFields);
        Assert.Equal(hash, MoveKeyJsonConverter.Hash(Move with { Reports = [new LinkView("Title", "/b/one/")] }));
        Assert.NotEqual(MoveKeyJsonConverter.Hash(Move with { Who = null }), MoveKeyJsonConverter.Hash(Move with { Who = "" }));
    }

    private static IEnumerable<PropertyInfo> Fields(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract");

    /// <summary>Values that differ from <paramref name="value"/>, each with what was changed.</summary>
    private static IEnumerable<(string What, object? Value)> Changes(object? value, Type type)
    {
        if (type == typeof(string))
        {
            yield return ("", (string?)value + "x");
        }
        else if (type == typeof(bool))
        {
            yield return ("", !(bool)value!);
        }
        else if (type == typeof(int))
        {
            yield return ("", (int)value! + 1);
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = type.GetGenericArguments()[0];
            var items = ((IEnumerable)value!).Cast<object>().ToList();
            Assert.NotEmpty(items); // the sample card has one of each, so that each field of an element is changed
            yield return (".Count", Array(element, [.. items, items[0]]));
            foreach (var property in Fields(element))
            {
                foreach (var (what, changed) in Changes(property.GetValue(items[0]), property.PropertyType))
                {
                    yield return ($"[0].{property.Name}{what}", Array(element, [With(items[0], property, changed), .. items.Skip(1)]));
                }
            }
        }
        else if (type == typeof(LinkView))
        {
            var link = (LinkView)value!;
            yield return (".Name", link with { Name = link.Name + "x" });
            yield return (".Url", link with { Url = link.Url + "x" });
            yield return ("=null", null);
        }
        else
        {
            Assert.Fail($"a field of type {type.Name}: hash it in its key converter, then teach this test to change it");
        }
    }

    private static Array Array(Type element, List<object> items)
    {
        var array = System.Array.CreateInstance(element, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(items[i], i);
        }

        return array;
    }

    /// <summary><c>record with { Property = value }</c> by reflection.</summary>
    private static T With<T>(T record, PropertyInfo property, object? value)
        where T : notnull
    {
        var copy = (T)record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        property.SetValue(copy, value);
        return copy;
    }
}
