using System.Text.Json;
using Graph.Api.Hosting;
using Graph.Api.Schema;
using GraphQL.Resolvers;

namespace Graph.Api.Execution;

/// <summary>A string (or ID) leaf: the value may depend on the request (masking by role).</summary>
public sealed class StringLeafValue<TSource> : LeafValue
{
    private readonly Func<TSource, ApiRequestContext, string?> _read;

    public StringLeafValue(Func<TSource, ApiRequestContext, string?> read)
    {
        _read = read;
        Resolver = new FuncFieldResolver<TSource, string?>(ctx => read(ctx.Source, ctx.Api()));
    }

    public override IFieldResolver Resolver { get; }

    public override bool HasValue(object source, ApiRequestContext api) => source is TSource typed && _read(typed, api) is not null;

    public override void Write(Utf8JsonWriter writer, object source, ApiRequestContext api) => writer.WriteStringValue(_read((TSource)source, api));
}
