using Graph.Api.Model;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A resolved person or company.</summary>
public sealed class EntityInterface : InterfaceGraphType<EntityView>
{
    public EntityInterface()
    {
        Name = "Entity";
        Description = "A resolved person or company: identifiers, linked records, provenance.";
        EntityFields.Declare(this);
    }
}
