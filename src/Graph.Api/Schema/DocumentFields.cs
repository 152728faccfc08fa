using GraphQLParser.AST;

namespace Graph.Api.Schema;

/// <summary>
/// Whether a request's document selects a field of some name anywhere (fragments included). Used to skip work a
/// response cannot show: when no field of that name is in the document, no part of the answer can contain it.
/// </summary>
public static class DocumentFields
{
    public static bool Mentions(GraphQLDocument document, string fieldName)
    {
        foreach (var definition in document.Definitions)
        {
            var selections = definition switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selections is not null && Mentions(selections, fieldName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Mentions(GraphQLSelectionSet selections, string fieldName)
    {
        foreach (var selection in selections.Selections)
        {
            if (selection is GraphQLField field && field.Name.Value.Span.SequenceEqual(fieldName))
            {
                return true;
            }

            var inner = selection switch
            {
                GraphQLField child => child.SelectionSet,
                GraphQLInlineFragment fragment => fragment.SelectionSet,
                _ => null,
            };
            if (inner is not null && Mentions(inner, fieldName))
            {
                return true;
            }
        }

        return false;
    }
}
