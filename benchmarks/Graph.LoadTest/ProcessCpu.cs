using System.Globalization;

namespace Graph.LoadTest;

/// <summary>
/// CPU time a process on this machine has used (user + system, from /proc on Linux): measured around a phase, it
/// gives the server's CPU per request, which says more than requests/s on a machine other work shares.
/// </summary>
public static class ProcessCpu
{
    /// <summary>Seconds of CPU the process has used, or null when it cannot be read (not Linux, no such process).</summary>
    public static double? Seconds(int? pid)
    {
        if (pid is null)
        {
            return null;
        }

        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name (which may hold spaces) start after its closing parenthesis.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return ticks / 100.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
