using Graph.Api.Loading;

namespace Graph.Api.Tests.Units;

public sealed class BatchLoaderTests
{
    [Fact]
    public async Task Keys_asked_before_the_first_result_is_needed_are_fetched_in_one_batch()
    {
        var fetched = new List<IReadOnlyCollection<int>>();
        var loader = new BatchLoader<int, string>((keys, _) =>
        {
            fetched.Add(keys.ToList());
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"v{k}"));
        });

        var results = Enumerable.Range(0, 20).Select(i => loader.Load(i % 7)).ToList();
        var values = new List<string?>();
        foreach (var result in results)
        {
            values.Add(await result.GetResultAsync());
        }

        Assert.Single(fetched);
        Assert.Equal(7, fetched[0].Count);
        Assert.Equal("v3", values[3]);
        Assert.Equal(1, loader.Batches);
    }

    [Fact]
    public async Task A_missing_key_gives_null_and_later_keys_form_a_new_batch()
    {
        var loader = new BatchLoader<int, string>((keys, _) =>
            Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(k => k != 2).ToDictionary(k => k, k => $"v{k}")));

        Assert.Null(await loader.Load(2).GetResultAsync());
        Assert.Equal("v5", await loader.Load(5).GetResultAsync());
        Assert.Equal(2, loader.Batches);
    }
}
