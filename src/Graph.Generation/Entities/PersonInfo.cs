using Graph.Generation.Vocabulary;

namespace Graph.Generation.Entities;

public sealed record PersonInfo(
    int Index,
    string Name,
    string Id,
    string Phone,
    string Address,
    DateOnly BirthDate,
    bool IsMale,
    Region Region,
    bool HasDottedName);
