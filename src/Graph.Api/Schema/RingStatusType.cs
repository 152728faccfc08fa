using Graph.Api.Triage;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>OPEN, CONFIRMED, DISMISSED.</summary>
public sealed class RingStatusType : EnumerationGraphType<RingStatus>
{
    public RingStatusType()
    {
        Name = "RingStatus";
        Description = "An investigator's decision on a ring.";
    }
}
