using System.Text.Json;
using Graph.Api.Hosting;
using GraphQL.Resolvers;

namespace Graph.Api.Execution;

/// <summary>An Int leaf read from the source alone.</summary>
public sealed class IntLeafValue<TSource> : LeafValue
{
    private readonly Func<TSource, int> _read;

    public IntLeafValue(Func<TSource, int> read)
    {
        _read = read;
        Resolver = new FuncFieldResolver<TSource, int>(ctx => read(ctx.Source));
    }

    public override IFieldResolver Resolver { get; }

    public override bool HasValue(object source, ApiRequestContext api) => source is TSource;

    public override void Write(Utf8JsonWriter writer, object source, ApiRequestContext api) => writer.WriteNumberValue(_read((TSource)source));
}
