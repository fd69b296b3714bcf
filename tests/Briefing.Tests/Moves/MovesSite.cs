using Briefing.Tests.Support;

namespace Briefing.Tests.Moves;

/// <summary>
/// An inline site built once for the moves tests. Its newest briefing is dated 2025-06-26, so "the last 12 months"
/// starts on 2024-06-27 and "the last 90 days" on 2025-03-29. Google DeepMind → Google → Alphabet is a two-level
/// parent chain; Ada's poach is reported by two briefings; Cy's move to OpenAI is one day outside the 12 months.
/// </summary>
public sealed class MovesSite : IDisposable
{
    public const string Files = """
        -- content/companies/alphabet.yml --
        name: Alphabet
        -- content/companies/google.yml --
        name: Google
        parent: alphabet
        -- content/companies/google-deepmind.yml --
        name: Google DeepMind
        aliases: [DeepMind]
        parent: google
        -- content/companies/openai.yml --
        name: OpenAI
        -- content/companies/meta.yml --
        name: Meta
        -- content/people/ada.yml --
        name: Ada Lovelace
        -- content/people/bob.yml --
        name: Bob Builder
        -- content/people/cy.yml --
        name: Cy Young
        -- content/briefings/2025/deepmind-loses-ada.md --
        ---
        title: "DeepMind loses Ada"
        date: 2025-06-26
        summary: "S"
        companies: [google-deepmind, openai]
        people: [ada]
        moves:
          - person: ada
            from: google-deepmind
            to: openai
            role: "Research lead"
            kind: poach
            date: 2025-06-20
        ---
        Body.
        -- content/briefings/2025/ada-joins-openai.md --
        ---
        title: "Ada joins OpenAI"
        date: 2025-06-25
        summary: "S"
        companies: [openai]
        people: [ada]
        moves:
          - person: ada
            from: google-deepmind
            to: openai
            role: "Research lead"
            kind: poach
            date: 2025-06-20
        ---
        Body.
        -- content/briefings/2025/bob-promoted.md --
        ---
        title: "Bob promoted at Google"
        date: 2025-05-01
        summary: "S"
        companies: [google]
        people: [bob]
        moves:
          - person: bob
            from: google
            to: google
            role: "VP"
            kind: promotion
            date: 2025-05-01
        ---
        Body.
        -- content/briefings/2024/bob-joins-google.md --
        ---
        title: "Bob joins Google"
        date: 2024-07-01
        summary: "S"
        companies: [google, meta]
        people: [bob]
        moves:
          - person: bob
            from: meta
            to: google
            role: "Director"
            kind: hire
            date: 2024-06-27
        ---
        Body.
        -- content/briefings/2024/cy-joins-openai.md --
        ---
        title: "Cy joins OpenAI"
        date: 2024-06-26
        summary: "S"
        companies: [meta, openai]
        people: [cy]
        moves:
          - person: cy
            from: meta
            to: openai
            kind: hire
            date: 2024-06-26
        ---
        Body.
        """;

    public MovesSite()
    {
        Site = TestSite.Create(Files);
        Run = Site.Build();
        if (Run.ExitCode != 0)
        {
            throw new InvalidOperationException("The moves site failed to build:\n" + Run.Stderr);
        }
    }

    public TestSite Site { get; }

    public CliRun Run { get; }

    public void Dispose() => Site.Dispose();
}
