using System.Runtime.InteropServices;

namespace ReplOrchestrator.Agent.Storage;

/// <summary>
/// Replaces a file whole or not at all: write a temporary file, flush it to disk, rename it over the old one,
/// then flush the folder. A kill -9 or a power cut leaves the old content or the new, never a torn mix.
/// </summary>
internal static partial class AtomicFile
{
    /// <summary>Replaces <paramref name="path"/> with <paramref name="content"/>; when this returns the content is on disk.</summary>
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        SyncFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>The content of <paramref name="path"/>, or null when there is none yet.</summary>
    public static byte[]? Read(string path) => File.Exists(path) ? File.ReadAllBytes(path) : null;

    // The rename is durable only once the folder's entry is on disk; .NET cannot open a folder, so libc does it.
    // Windows' MoveFileEx already writes the entry through.
    private static void SyncFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var descriptor = Open(folder, 0);
        if (descriptor >= 0)
        {
            _ = Fsync(descriptor);
            _ = Close(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync")]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
