using Casavi.GraphQL.Kernel.DataLoading;
using Casavi.GraphQL.Kernel.Errors;
using GraphQL;

namespace Casavi.GraphQL.Tests.DataLoading;

public sealed class BatchLoaderTests
{
    private static readonly string[] Keys = ["a", "b", "a", "c"];

    [Fact]
    public async Task Keys_loaded_before_the_first_await_go_out_as_one_deduplicated_batch()
    {
        var loader = new RecordingLoader();
        var results = Keys.Select(loader.LoadAsync).ToList();

        var values = await Task.WhenAll(results.Select(result => result.GetResultAsync()));

        Assert.Equal("A,B,A,C", string.Join(",", values));
        var batch = Assert.Single(loader.Batches);
        Assert.Equal(["a", "b", "c"], batch);
    }

    [Fact]
    public async Task Keys_loaded_after_a_dispatch_start_a_new_batch_and_cached_keys_are_not_fetched_again()
    {
        var loader = new RecordingLoader();
        await loader.LoadAsync("a").GetResultAsync();

        var second = loader.LoadAsync("b");
        var cached = loader.LoadAsync("a");
        await second.GetResultAsync();

        Assert.Equal("A", await cached.GetResultAsync());
        Assert.Equal([["a"], ["b"]], loader.Batches);
    }

    [Fact]
    public async Task Primed_values_are_served_without_a_fetch()
    {
        var loader = new RecordingLoader();
        loader.Prime("p", "primed");

        Assert.Equal("primed", await loader.LoadAsync("p").GetResultAsync());
        Assert.Empty(loader.Batches);
    }

    [Fact]
    public async Task Keys_missing_from_the_answer_resolve_to_null()
    {
        var loader = new RecordingLoader { Missing = { "gone" } };

        Assert.Null(await loader.LoadAsync("gone").GetResultAsync());
    }

    [Fact]
    public async Task A_failed_batch_gives_each_field_its_own_error_instance()
    {
        var loader = new RecordingLoader { Failure = new HttpRequestException("boom") };
        var first = loader.LoadAsync("a");
        var second = loader.LoadAsync("b");

        var firstError = await Assert.ThrowsAsync<UnexpectedError>(() => first.GetResultAsync());
        var secondError = await Assert.ThrowsAsync<UnexpectedError>(() => second.GetResultAsync());

        Assert.NotSame(firstError, secondError);
        // One cause, so the transport logs the batch's failure once.
        Assert.Same(firstError.Cause, secondError.Cause);
        Assert.Single(loader.Batches);
        Assert.DoesNotContain("boom", firstError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadManyAsync_keeps_the_order_of_the_keys_and_batches_once()
    {
        var loader = new RecordingLoader();

        var values = await loader.LoadManyAsync(["c", "a", "b"]).GetResultAsync();

        Assert.Equal("C,A,B", string.Join(",", values));
        Assert.Single(loader.Batches);
    }

    [Fact]
    public async Task Then_maps_without_dispatching_early()
    {
        var loader = new RecordingLoader();
        var mapped = loader.LoadAsync("a").Then(value => value + "!");
        loader.LoadAsync("b");

        Assert.Equal("A!", await mapped.GetResultAsync());
        Assert.Equal(["a", "b"], Assert.Single(loader.Batches));
    }

    private sealed class RecordingLoader : BatchLoader<string, string>
    {
        public List<IReadOnlyList<string>> Batches { get; } = [];

        public HashSet<string> Missing { get; } = [];

        public Exception? Failure { get; init; }

        protected override Task<IReadOnlyDictionary<string, string>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            Batches.Add(keys);
            if (Failure is not null)
                return Task.FromException<IReadOnlyDictionary<string, string>>(Failure);
            IReadOnlyDictionary<string, string> values = keys.Where(key => !Missing.Contains(key)).ToDictionary(key => key, key => key.ToUpperInvariant());
            return Task.FromResult(values);
        }
    }
}
