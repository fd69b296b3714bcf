using Briefing.Model;

namespace Briefing.Tests.Model;

/// <summary>A move's key names it in the moves feed (its entry ids): its format must never change.</summary>
public sealed class MoveKeyTests
{
    private static readonly DateOnly Day = new(2025, 6, 21);

    [Fact]
    public void PersonMove_KeyIsPersonFromToAndDate()
    {
        var move = new Move("ada", null, null, "openai", "meta", "Chief Scientist", MoveKind.Hire, Day);

        Assert.Equal("person:ada|openai|meta|2025-06-21", move.Key);
    }

    [Fact]
    public void GroupMove_WithoutDestination_KeyIsCountWhoFromTildeAndDate()
    {
        var move = new Move(null, 12, "OpenAI researchers", "openai", null, null, MoveKind.Departure, new DateOnly(7, 1, 2));

        Assert.Equal("group:12:OpenAI researchers|openai|~|0007-01-02", move.Key);
    }

    [Fact]
    public void GroupMove_WithoutCountOrWho_KeyKeepsTheirPlaces()
    {
        var move = new Move(null, null, null, "openai", "meta", null, MoveKind.Poach, Day);

        Assert.Equal("group::|openai|meta|2025-06-21", move.Key);
    }

    [Fact]
    public void EqualMoves_HaveEqualKeys_AndDifferentDatesDoNot()
    {
        var a = new Move("ada", null, null, "openai", "meta", "CS", MoveKind.Hire, Day);
        var b = new Move("ada", null, null, "openai", "meta", "Another role", MoveKind.Poach, Day) { Span = new SourceSpan("x.md", 3, 1) };
        var c = new Move("ada", null, null, "openai", "meta", "CS", MoveKind.Hire, Day.AddDays(1));

        Assert.Equal(a.Key, b.Key);
        Assert.NotEqual(a.Key, c.Key);
        Assert.Equal(a, new Move("ada", null, null, "openai", "meta", "CS", MoveKind.Hire, Day));
    }
}
