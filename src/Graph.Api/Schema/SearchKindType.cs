using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>ENTITY (persons and companies), PERSON, COMPANY, PHONE, RECORD.</summary>
public sealed class SearchKindType : EnumerationGraphType<SearchKind>
{
    public SearchKindType()
    {
        Name = "SearchKind";
        Description = "What to search for; omit to search everything.";
    }
}
