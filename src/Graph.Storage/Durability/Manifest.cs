using System.Globalization;

namespace Graph.Storage.Durability;

/// <summary>
/// Names the files that make up the store now: the checkpoint (if any) and the log that
/// continues it. Replaced atomically, so a crash during a checkpoint leaves either the old pair
/// or the new one.
/// </summary>
internal sealed record Manifest(int Generation, string? CheckpointFile, string LogFile)
{
    public const string FileName = "MANIFEST";
    private const string Header = "graph-store 1";

    public static Manifest Initial => new(0, null, LogName(0));

    public static string LogName(int generation) => $"wal-{generation.ToString("D6", CultureInfo.InvariantCulture)}.log";

    public static string CheckpointName(int generation) => $"checkpoint-{generation.ToString("D6", CultureInfo.InvariantCulture)}.bin";

    public static Manifest? TryRead(string directory)
    {
        string path = System.IO.Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        string[] lines = File.ReadAllLines(path);
        if (lines.Length < 4 || lines[0] != Header)
        {
            throw new StoreException("STORE_CORRUPT", $"The manifest {path} is not a graph store manifest.");
        }

        int generation = int.Parse(Value(lines[1], "generation"), CultureInfo.InvariantCulture);
        string checkpoint = Value(lines[2], "checkpoint");
        return new Manifest(generation, checkpoint.Length == 0 ? null : checkpoint, Value(lines[3], "log"));
    }

    public void Write(string directory, bool fsync)
    {
        string temporary = System.IO.Path.Combine(directory, FileName + ".tmp");
        string text = $"{Header}\ngeneration={Generation.ToString(CultureInfo.InvariantCulture)}\ncheckpoint={CheckpointFile}\nlog={LogFile}\n";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
            stream.Flush(fsync);
        }

        File.Move(temporary, System.IO.Path.Combine(directory, FileName), overwrite: true);
        if (fsync)
        {
            DirectorySync.Flush(directory);
        }
    }

    private static string Value(string line, string name)
    {
        string prefix = name + "=";
        if (!line.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new StoreException("STORE_CORRUPT", $"The manifest lacks '{name}'.");
        }

        return line[prefix.Length..];
    }
}
