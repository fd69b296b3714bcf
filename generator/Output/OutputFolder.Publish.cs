namespace Briefing.Output;

/// <summary>Publishing: the swap for a fresh output, file-by-file moves and stale-file removal for an existing one.</summary>
internal sealed partial class OutputFolder
{
    /// <summary>Makes the output exactly what this build produced. Call only when the whole build succeeded.</summary>
    public void Publish()
    {
        if (!_incremental)
        {
            Directory.Move(StagingRoot, _output);
            _published = true;
            return;
        }

        var staged = Directory.GetFiles(StagingRoot, "*", SearchOption.AllDirectories);
        Array.Sort(staged, StringComparer.Ordinal);
        foreach (var file in staged)
        {
            var target = Path.Combine(_output, Path.GetRelativePath(StagingRoot, file));
            var folder = Path.GetDirectoryName(target)!;
            if (File.Exists(folder))
            {
                File.Delete(folder); // a file where this build needs a folder
            }

            Directory.CreateDirectory(folder);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true); // a folder where this build needs a file
            }

            File.Move(file, target, overwrite: true);
        }

        RemoveStale();
        Directory.Delete(StagingRoot, recursive: true);
        _published = true;
    }

    private void RemoveStale()
    {
        var removed = 0;
        foreach (var file in Directory.GetFiles(_output, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(_output, file).Replace('\\', '/');
            if (!_produced.ContainsKey(relative) && (Keep is null || !relative.StartsWith(Keep + "/", StringComparison.Ordinal)))
            {
                File.Delete(file);
                removed++;
            }
        }

        // Deepest folders first, so a folder emptied by its children's removal goes too.
        foreach (var folder in Directory.GetDirectories(_output, "*", SearchOption.AllDirectories).OrderByDescending(f => f.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }

        Removed = removed;
    }

    /// <summary>Counts a file staged through <see cref="Create"/>, or drops it when the output already holds its bytes.</summary>
    private void Staged(string stagedPath, string publishedPath)
    {
        if (_incremental && SameFiles(stagedPath, publishedPath))
        {
            File.Delete(stagedPath);
            Interlocked.Increment(ref _unchanged);
        }
        else
        {
            Interlocked.Increment(ref _written);
        }
    }

    private static bool SameFiles(string a, string b)
    {
        var left = new FileInfo(a);
        var right = new FileInfo(b);
        if (!right.Exists || left.Length != right.Length)
        {
            return false;
        }

        return File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
    }

    /// <summary>A file written directly into the staging folder; reported to its owner when disposed.</summary>
    private sealed class StagedFile(OutputFolder owner, string path, string publishedPath)
        : FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024)
    {
        private bool _done;

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && !_done)
            {
                _done = true;
                owner.Staged(Name, publishedPath);
            }
        }
    }
}
