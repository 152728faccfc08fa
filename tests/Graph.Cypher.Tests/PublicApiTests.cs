using System.Reflection;
using Graph.Cypher.Syntax;
using Graph.Cypher.Tests.Golden;

namespace Graph.Cypher.Tests;

/// <summary>
/// The public surface of Graph.Cypher, snapshotted in PublicApi.txt so a change to it shows up in review.
/// UPDATE_GOLDEN=1 rewrites the snapshot.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_snapshot()
    {
        var actual = string.Join("\n", typeof(SyntaxTree).Assembly.GetExportedTypes()
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(Describe)) + "\n";
        var path = Path.Combine(GoldenFiles.ProjectDirectory(), "PublicApi.txt");

        if (GoldenFiles.UpdateRequested)
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    private static string Describe(Type type)
    {
        var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(member => member is not MethodInfo { IsSpecialName: true } && !IsRecordPlumbing(member))
            .Select(member => "  " + member.MemberType + " " + member.Name)
            .Distinct()
            .Order(StringComparer.Ordinal);
        return string.Join("\n", members.Prepend(type.FullName!));
    }

    private static bool IsRecordPlumbing(MemberInfo member) =>
        member.Name is "Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "<Clone>$" or "EqualityContract" or "value__"
        || member is ConstructorInfo;
}
