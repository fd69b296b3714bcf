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

    /// <summary>
    /// Removes every file of the output this build did not produce, and every folder left empty, in one walk of the
    /// tree (one directory listing per folder: at 10,000 briefings the output has about 20,000 folders).
    /// </summary>
    private void RemoveStale()
    {
        var removed = 0;
        Walk(_output, string.Empty);
        Removed = removed;

        // Returns whether the folder is empty once its stale entries are gone. Folders with many subfolders
        // (briefings/2025/ holds one per briefing) are walked in parallel.
        bool Walk(string folder, string relative)
        {
            var entries = new System.IO.Enumeration.FileSystemEnumerable<(string Name, bool IsDirectory)>(folder,
                (ref System.IO.Enumeration.FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory),
                new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false }).ToArray();
            var kept = 0;
            foreach (var (name, isDirectory) in entries)
            {
                var child = relative.Length == 0 ? name : relative + "/" + name;
                if (isDirectory)
                {
                    continue;
                }

                if (_produced.ContainsKey(child))
                {
                    kept++;
                }
                else
                {
                    File.Delete(Path.Combine(folder, name));
                    Interlocked.Increment(ref removed);
                }
            }

            var folders = entries.Where(e => e.IsDirectory).Select(e => e.Name).ToArray();
            void Visit(string name)
            {
                if (relative.Length == 0 && name == KeepFolder)
                {
                    Interlocked.Increment(ref kept); // written after publishing by its own step (the search index)
                    return;
                }

                var path = Path.Combine(folder, name);
                if (Walk(path, relative.Length == 0 ? name : relative + "/" + name))
                {
                    Directory.Delete(path);
                }
                else
                {
                    Interlocked.Increment(ref kept);
                }
            }

            if (folders.Length > 16)
            {
                Parallel.ForEach(folders, Visit);
            }
            else
            {
                foreach (var name in folders)
                {
                    Visit(name);
                }
            }

            return kept == 0;
        }
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
