namespace Briefing.Model;

/// <summary>A progress display that shows nothing: tests, <c>serve</c>'s rebuilds, <c>--quiet</c>.</summary>
public sealed class NoProgress : IBuildProgress
{
    /// <summary>The one instance (it holds no state).</summary>
    public static readonly NoProgress Instance = new();

    private NoProgress()
    {
    }

    public void Stage(string name)
    {
    }

    public void Total(int total)
    {
    }

    public void Advance()
    {
    }
}
