namespace Briefing.Tests.Output;

/// <summary>
/// An inline site for the digest tests, built at <c>SiteCli.Now</c> (Tuesday 1 July 2025, week 27): a briefing in
/// 2025-W01 (dated 31 December 2024: the week across the year boundary), one in 2025-W25 held back by a draft intro,
/// two in 2025-W26 with an intro and moves, one in the running week 2025-W27, and empty weeks between.
/// </summary>
internal static class DigestSite
{
    public const string Files = """
        -- content/site.yml --
        title: Digest Test
        base_url: https://example.org/news/
        description: Talent moves, weekly.
        language: en
        newsletter:
          action: https://buttondown.example/api/emails/embed-subscribe/digest-test
          field: email
          provider: Buttondown
          unsubscribe: "{{ unsubscribe_url }}"
        -- content/companies/openai.yml --
        name: OpenAI
        -- content/companies/meta.yml --
        name: Meta
        -- content/companies/aws.yml --
        name: Amazon Web Services
        -- content/people/ana.yml --
        name: Ana Diaz
        -- content/people/bo.yml --
        name: Bo Chen
        -- content/briefings/2024/year-end.md --
        ---
        title: "Meta hires Ana Diaz from OpenAI"
        date: 2024-12-31T10:00:00Z
        summary: "The year's last hire."
        companies: [meta, openai]
        people: [ana]
        moves:
          - person: ana
            from: openai
            to: meta
            kind: hire
            date: 2024-12-30
        sources:
          - name: Example
            url: https://example.com/1
        ---
        Ana Diaz joins Meta.
        -- content/briefings/2025/held-back.md --
        ---
        title: "A quiet week at AWS"
        date: 2025-06-20
        summary: "Week 25."
        companies: [aws]
        sources:
          - name: Example
            url: https://example.com/2
        ---
        Quiet.
        -- content/briefings/2025/poach.md --
        ---
        title: "Meta poaches three OpenAI researchers"
        date: 2025-06-24T10:00:00Z
        summary: "Three researchers move."
        companies: [meta, openai]
        moves:
          - count: 3
            who: "OpenAI researchers"
            from: openai
            to: meta
            kind: poach
            date: 2025-06-24
        sources:
          - name: Example
            url: https://example.com/3
        ---
        Three researchers.
        -- content/briefings/2025/bo-leaves.md --
        ---
        title: "Bo Chen leaves AWS"
        date: 2025-06-26
        summary: "A departure."
        companies: [aws]
        people: [bo]
        moves:
          - person: bo
            from: aws
            to: ~
            kind: departure
            date: 2025-06-26
        sources:
          - name: Example
            url: https://example.com/4
        ---
        Bo Chen left.
        -- content/briefings/2025/running.md --
        ---
        title: "This week's first briefing"
        date: 2025-07-01T09:00:00Z
        summary: "Week 27, still running."
        companies: [aws]
        sources:
          - name: Example
            url: https://example.com/5
        ---
        Running.
        -- content/digest/2025-W26.md --
        ---
        title: "Meta's raid, and a departure at AWS"
        ---
        The week Meta hired a **team**; see [the moves](/moves/).
        -- content/digest/2025-W25.md --
        ---
        draft: true
        ---
        Not ready.
        """;
}
