namespace Briefing.Output;

/// <summary>
/// A temporary folder beside the output that the build writes into; <see cref="Publish"/> swaps it in whole, and
/// <see cref="Dispose"/> removes it if the build failed, so a failed build never touches the previous output.
/// </summary>
internal sealed class StagingFolder : IDisposable
{
    private readonly string _output;
    private bool _published;

    public StagingFolder(string output)
    {
        _output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_output) ?? throw new IOException($"cannot write the site to {_output}");
        Directory.CreateDirectory(parent);
        Root = Path.Combine(parent, $".{Path.GetFileName(_output)}.tmp-{Environment.ProcessId}");
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string route) => Path.Combine(Root, Model.Routes.OutputFile(route));

    /// <summary>Creates the folders of all <paramref name="routes"/> once, so writes need no directory checks.</summary>
    public void CreateFolders(IEnumerable<string> routes)
    {
        var folders = new SortedSet<string>(routes.Select(r => Path.GetDirectoryName(PathOf(r))!), StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>Writes a file whose folder exists (see <see cref="CreateFolders"/>).</summary>
    public void WriteAllBytes(string route, ReadOnlySpan<byte> bytes)
    {
        // The staging folder is new: CreateNew needs no truncate, and one positioned write needs no buffer.
        using var handle = File.OpenHandle(PathOf(route), FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
    }

    public Stream Create(string route)
    {
        var path = PathOf(route);
        return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
    }

    /// <summary>Replaces the output folder with the staged one: old → aside, staged → output, aside → deleted.</summary>
    public void Publish()
    {
        if (Directory.Exists(_output))
        {
            var aside = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.old-{Environment.ProcessId}");
            if (Directory.Exists(aside))
            {
                Directory.Delete(aside, recursive: true);
            }

            Directory.Move(_output, aside);
            Directory.Move(Root, _output);
            Directory.Delete(aside, recursive: true);
        }
        else
        {
            Directory.Move(Root, _output);
        }

        _published = true;
    }

    public void Dispose()
    {
        if (!_published && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
