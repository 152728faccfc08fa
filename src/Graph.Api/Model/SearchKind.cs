namespace Graph.Api.Model;

/// <summary>What a search looks for; null looks for everything.</summary>
public enum SearchKind
{
    Entity,
    Person,
    Company,
    Phone,
    Record,
}
