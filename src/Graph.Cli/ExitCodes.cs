namespace Graph.Cli;

/// <summary>Process exit codes, stable for scripts.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command line itself is wrong (unknown option, missing argument).</summary>
    public const int Usage = 1;

    /// <summary>The input the user pointed at is wrong (missing folder, no record files).</summary>
    public const int BadInput = 2;

    /// <summary>The store cannot be opened or written (locked by another writer, damaged).</summary>
    public const int StoreError = 3;

    public const int Cancelled = 130;

    /// <summary>A bug: the details go to a crash report file.</summary>
    public const int Internal = 70;
}
