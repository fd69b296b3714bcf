using System.Collections.Concurrent;
using Briefing.Media.Cards;
using Briefing.Model;
using Briefing.Tests.Support;

namespace Briefing.Tests.Media.Cards;

/// <summary>
/// Cards drawn on threads of their own beside the rest of a build (<see cref="CardDrawing"/>): started on one thread,
/// widened later, finished or stopped. Every card is drawn once with a fresh painter's bytes; a failure stops the drawing
/// and is thrown by <see cref="CardDrawing.Finish"/>; a stopped drawing starts no card and throws nothing.
/// </summary>
public sealed class CardDrawingTests
{
    private static readonly CardContent[] Contents =
    [
        new("Briefing", "Aarav Fischer takes over search at Sableix Robotics after twelve years", "26 June 2025", "Sableix Robotics, Meridian Compute", "Talent Briefing"),
        new("Briefing", "AWS loses generative-AI chief Vasi Philomin", "26 June 2025", "Amazon, 智源智能", "Talent Briefing"),
        new("Company", "Lyraix Intelligence", "12 briefings", "", "Talent Briefing"),
        new("Briefing", "Short", "1 May 2024", "", "Talent Briefing"),
        new("Person", "José Núñez", "3 briefings", "OpenAI", "Talent Briefing"),
        new("Tag", "talent-war", "40 briefings", "", "Talent Briefing"),
    ];

    private static SocialCards Cards()
    {
        var diagnostics = new List<Diagnostic>();
        var cards = SocialCards.Load(RepoPaths.Theme, "themes/briefing", diagnostics);
        Assert.Empty(diagnostics);
        return cards!;
    }

    private static (string Route, CardContent Content)[] Jobs(int count) =>
        [.. Enumerable.Range(0, count).Select(i => ($"/cards/{i}.png", Contents[i % Contents.Length] with { Title = $"{Contents[i % Contents.Length].Title} {i}" }))];

    [Fact]
    public void ADrawingStartedOnOneThread_AndWidenedMidway_DrawsEveryCardOnce_WithAFreshPaintersBytes()
    {
        var jobs = Jobs(40);
        using var cards = Cards();
        var written = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        var writes = 0;
        using var reached = new ManualResetEventSlim();

        using (var drawing = cards.Draw(jobs, (route, bytes) =>
               {
                   Assert.True(written.TryAdd(route, bytes.ToArray()), $"{route} drawn twice");
                   if (Interlocked.Increment(ref writes) == 5)
                   {
                       reached.Set();
                   }
               }, threads: 1))
        {
            Assert.True(reached.Wait(TimeSpan.FromMinutes(1)));
            drawing.Widen(4);
            drawing.Finish();
            Assert.Equal(40, drawing.Count);
            Assert.True(drawing.Elapsed > TimeSpan.Zero);
        }

        using var fresh = Cards();
        var painter = fresh.Painter();
        Assert.Equal(jobs.Select(j => j.Route).Order(StringComparer.Ordinal), written.Keys.Order(StringComparer.Ordinal));
        Assert.All(jobs, j => Assert.Equal(painter.Paint(j.Content), written[j.Route]));
        painter.Dispose();
    }

    [Fact]
    public void AFailedWrite_StopsTheDrawing_AndFinishThrowsIt()
    {
        var jobs = Jobs(30);
        using var cards = Cards();
        var written = new ConcurrentBag<string>();
        var full = new IOException("No space left on device");

        using var drawing = cards.Draw(jobs, (route, _) =>
        {
            if (route == "/cards/2.png")
            {
                throw full;
            }

            written.Add(route);
        }, threads: 1);
        // The one thread stops at the failure: Finish, which widens the drawing to every core, starts no thread after it
        // (called at once, it may start one while card 2 is drawn, and that thread finishes the card it is on).
        Assert.True(SpinWait.SpinUntil(() => !drawing.Running, TimeSpan.FromMinutes(1)));
        var thrown = Assert.Throws<AggregateException>(drawing.Finish);

        Assert.Same(full, Assert.Single(thrown.InnerExceptions));
        Assert.Equal(["/cards/0.png", "/cards/1.png"], written.Order(StringComparer.Ordinal)); // no card started after the failure
    }

    [Fact]
    public void AStoppedDrawing_FinishesTheCardItIsOn_StartsNoOther_AndThrowsNothing()
    {
        var jobs = Jobs(20);
        using var cards = Cards();
        var written = new ConcurrentBag<string>();
        using var drawingFirst = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();

        var drawing = cards.Draw(jobs, (route, _) =>
        {
            drawingFirst.Set();
            release.Wait();
            written.Add(route);
            throw new IOException("a failure the build no longer wants to hear of");
        }, threads: 1);
        Assert.True(drawingFirst.Wait(TimeSpan.FromMinutes(1)));
        drawing.Stop();
        drawing.Widen(4); // a stopped drawing starts no thread
        release.Set();
        drawing.Dispose();

        Assert.Equal(["/cards/0.png"], written);
    }
}
