using Graph.Generation.Core;

namespace Graph.Generation;

/// <summary>Story counts for a scale, laid out as one byte per story and shuffled with the seed.</summary>
public sealed class StorySchedule
{
    private readonly StoryKind[] _stories;

    public StorySchedule(IReadOnlyDictionary<StoryKind, int> counts, Rng rng)
    {
        _stories = new StoryKind[counts.Values.Sum()];
        var at = 0;
        foreach (var (kind, count) in counts.OrderBy(c => c.Key))
        {
            Array.Fill(_stories, kind, at, count);
            at += count;
        }

        for (var i = _stories.Length - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (_stories[i], _stories[j]) = (_stories[j], _stories[i]);
        }
    }

    public IReadOnlyList<StoryKind> Stories => _stories;
}
