namespace Graph.Loading.Resolution;

/// <summary>The weak attributes that, together with a name, can tie references to one entity.</summary>
internal enum EvidenceKind : byte
{
    Phone = 0,
    Address = 1,
    InvalidId = 2,
}
