namespace Graph.Cypher.Values.Temporal;

/// <summary>
/// Offsets of one IANA zone. Historical transitions come from the TZif file with second precision
/// (so Stockholm in 1818 is +00:53:28, which <see cref="TimeZoneInfo"/> gets wrong); instants after
/// the last listed transition are asked of <see cref="TimeZoneInfo"/>, which knows the recurring rule.
/// </summary>
internal sealed class ZoneRules
{
    private readonly long[] _transitions;
    private readonly int[] _offsetsAfter;
    private readonly int _initialOffset;
    private readonly TimeZoneInfo? _system;

    private ZoneRules(long[] transitions, int[] offsetsAfter, int initialOffset, TimeZoneInfo? system)
    {
        _transitions = transitions;
        _offsetsAfter = offsetsAfter;
        _initialOffset = initialOffset;
        _system = system;
    }

    public static ZoneRules? TryLoad(string id)
    {
        if (id.Length == 0 || id.Contains("..", StringComparison.Ordinal) || id.StartsWith('/') ||
            !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+'))
        {
            return null;
        }

        TimeZoneInfo? system = null;
        try
        {
            system = TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
        }
        catch (InvalidTimeZoneException)
        {
        }

        var file = TzifReader.Read(id);
        if (file is null)
        {
            return system is null ? null : new ZoneRules([], [], (int)system.BaseUtcOffset.TotalSeconds, system);
        }

        return new ZoneRules(file.Value.Transitions, file.Value.OffsetsAfter, file.Value.InitialOffset, system);
    }

    public int OffsetAt(long epochSecond)
    {
        if (_transitions.Length == 0 || epochSecond >= _transitions[^1])
        {
            return SystemOffset(epochSecond) ?? (_offsetsAfter.Length == 0 ? _initialOffset : _offsetsAfter[^1]);
        }

        var index = Array.BinarySearch(_transitions, epochSecond);
        index = index >= 0 ? index : ~index - 1;
        return index < 0 ? _initialOffset : _offsetsAfter[index];
    }

    public (int Offset, long LocalEpochSecond) ResolveLocal(long localSecond)
    {
        var before = OffsetAt(localSecond - 86_400);
        var after = OffsetAt(localSecond + 86_400);
        var earlierValid = OffsetAt(localSecond - before) == before;
        var laterValid = OffsetAt(localSecond - after) == after;
        if (earlierValid && laterValid)
        {
            return (Math.Max(before, after), localSecond);
        }

        if (earlierValid)
        {
            return (before, localSecond);
        }

        if (laterValid)
        {
            return (after, localSecond);
        }

        // In a gap: keep the instant the earlier offset gives, shown in the later offset.
        return (after, localSecond + after - before);
    }

    private int? SystemOffset(long epochSecond)
    {
        if (_system is null)
        {
            return null;
        }

        var clamped = Math.Clamp(epochSecond, -62_135_596_800L + 86_400, 253_402_300_799L - 86_400);
        return (int)_system.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(clamped)).TotalSeconds;
    }
}
