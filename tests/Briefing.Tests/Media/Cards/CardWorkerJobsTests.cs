using Briefing.Media.Cards;

namespace Briefing.Tests.Media.Cards;

/// <summary>
/// The card worker keeps the cards it is sent as the build wrote them (<see cref="CardWorkerJobs"/>) and decodes each when
/// it is drawn: what it decodes is what the build sent, and an input cut short is refused as one.
/// </summary>
public sealed class CardWorkerJobsTests
{
    private static readonly (string Route, string Staged, CardContent Content)[] Sent =
    [
        ("/cards/a.png", "/tmp/site/.public.tmp/cards/a.png", new CardContent("Briefing", "Zoë Wójcik joins 東京 Labs — 🚀", "1 May 2025", "Amazon, AWS", "Talent Briefing")),
        ("/cards/b.png", "/tmp/site/.public.tmp/cards/b.png", new CardContent("Company", "", "", "", "Talent Briefing", "/tmp/site/.briefing/cache/images/ab/hero.jpg")),
        ("/cards/" + new string('x', 300) + ".png", "/s", new CardContent("Person", new string('é', 200), "12 briefings", "", "")),
    ];

    private static MemoryStream Written(IReadOnlyList<(string Route, string Staged, CardContent Content)> jobs)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            CardWorkerJobs.Write(writer, jobs);
            writer.Write(CardWorker.FinishCommand);
        }

        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void EachCard_DecodesToWhatTheBuildSent_InAnyOrder_AndTheInputAfterTheCardsIsLeftUnread()
    {
        using var reader = new BinaryReader(Written(Sent), System.Text.Encoding.UTF8);

        var jobs = CardWorkerJobs.ReadFrom(reader);

        Assert.Equal(CardWorker.FinishCommand, reader.ReadByte());
        Assert.Equal(Sent.Length, jobs.Count);
        foreach (var i in new[] { 2, 0, 1, 0 })
        {
            Assert.Equal(Sent[i], jobs.Job(i));
            Assert.Equal((Sent[i].Route, Sent[i].Content), jobs[i]);
        }

        Assert.Equal(Sent.Select(s => (s.Route, s.Content)), jobs);
    }

    [Fact]
    public void NoCards_ReadAsNone()
    {
        using var reader = new BinaryReader(Written([]), System.Text.Encoding.UTF8);

        Assert.Empty(CardWorkerJobs.ReadFrom(reader));
        Assert.Equal(CardWorker.FinishCommand, reader.ReadByte());
    }

    [Fact]
    public void AnInputCutShort_IsRefusedAsEnded()
    {
        var whole = Written(Sent).ToArray();
        foreach (var length in new[] { 3, 9, whole.Length / 2, whole.Length - 2 })
        {
            using var reader = new BinaryReader(new MemoryStream(whole[..length]), System.Text.Encoding.UTF8);

            Assert.Throws<EndOfStreamException>(() => CardWorkerJobs.ReadFrom(reader));
        }
    }
}
