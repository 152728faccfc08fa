namespace Graph.Generation.Entities;

/// <summary>A generated person or company, by index into its book; 8 bytes, so rings and traps can hold thousands.</summary>
public readonly record struct Entity(EntityKind Kind, int Index)
{
    public static Entity Person(int index) => new(EntityKind.Person, index);

    public static Entity Company(int index) => new(EntityKind.Company, index);

    public bool IsPerson => Kind == EntityKind.Person;

    /// <summary>The id the truth files use: P0000123 / C0000045.</summary>
    public string Key => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(IsPerson ? 'P' : 'C')}{Index:D7}");
}
