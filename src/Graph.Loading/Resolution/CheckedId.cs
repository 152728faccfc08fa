using Graph.Records.Identifiers;
using Graph.Records.Rows;

namespace Graph.Loading.Resolution;

/// <summary>An id as resolution compares it (width-folded, compacted) and its validity under the party kind's scheme.</summary>
internal readonly record struct CheckedId(string? Id, IdValidity Validity)
{
    public static CheckedId Of(string? written, PartyKind kind)
    {
        // Width folding is notation, not repair: "３６０４…" is the id 3604…; a wrong check digit stays wrong.
        var id = IdentityText.Identifier(written);
        return new CheckedId(id, kind == PartyKind.Company ? Uscc.Validate(id) : ResidentId.Validate(id));
    }
}
