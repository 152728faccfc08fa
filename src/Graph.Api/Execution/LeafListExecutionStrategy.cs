using System.Collections;
using Graph.Api.Hosting;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Graph.Api.Execution;

/// <summary>
/// Serial execution of queries (resolvers here are in-memory reads, and the parallel strategy's per-field task
/// bookkeeping cost more than it saved) with one shortcut: a list of objects whose selected fields are all leaves
/// declared with <see cref="LeafFields"/> (a depth-2 neighbourhood's nodes and edges: some 2,000 fields) gets one
/// value node per item, written straight to JSON from the item, instead of an object node, a node, a resolver call and
/// a scalar serialization per field. Taken only when the ordinary path could not fail either: every item present and
/// of its type, every value non-null, the fields' resolvers as declared; otherwise the list goes the ordinary way,
/// errors and all. Field order, aliases, fragments, @skip/@include come from GraphQL.NET's own field collection.
/// </summary>
public sealed class LeafListExecutionStrategy : SerialExecutionStrategy
{
    protected override Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent) =>
        TrySetLeafRows(context, parent) ? Task.CompletedTask : base.SetArrayItemNodesAsync(context, parent);

    private bool TrySetLeafRows(ExecutionContext context, ArrayExecutionNode parent)
    {
        if (context.UserContext is not ApiRequestContext api || parent.Result is not IList items
            || parent.Field?.SelectionSet is not { } selectionSet || parent.GraphType is not ListGraphType listType)
        {
            return false;
        }

        var itemType = listType.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : listType.ResolvedType;
        if (itemType is not IObjectGraphType objectType)
        {
            return false;
        }

        var selection = Select(context, objectType, selectionSet, api);
        if (selection is null)
        {
            return false;
        }

        var typeCheck = objectType.SkipTypeCheck ? null : objectType.IsTypeOf;
        foreach (var item in items)
        {
            if (item is null || (typeCheck is not null && !typeCheck(item)) || !selection.HasValues(item))
            {
                return false;
            }
        }

        var rows = new List<ExecutionNode>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            rows.Add(new ValueExecutionNode(parent, LeafRowGraphType.Instance, parent.Field, parent.FieldDefinition, i) { Result = new LeafRow(selection, items[i]!) });
        }

        parent.Items = rows;
        return true;
    }

    private LeafSelection? Select(ExecutionContext context, IObjectGraphType objectType, GraphQLParser.AST.GraphQLSelectionSet selectionSet, ApiRequestContext api)
    {
        var fields = CollectFieldsFrom(context, objectType, selectionSet, null);
        if (fields.Count == 0)
        {
            return null;
        }

        var names = new string[fields.Count];
        var values = new LeafValue[fields.Count];
        var i = 0;
        foreach (var (name, (_, fieldType)) in fields)
        {
            if (fieldType.GetMetadata<LeafValue?>(LeafValue.MetadataKey) is not { } value || !ReferenceEquals(fieldType.Resolver, value.Resolver))
            {
                return null;
            }

            names[i] = name;
            values[i++] = value;
        }

        return new LeafSelection(names, values, api);
    }
}
