namespace Graph.Generation.Entities;

public enum EntityKind
{
    Person,
    Company,
}
