using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace ReplOrchestrator.Domain.Contracts;

/// <summary>The contract spelling of an enum's members, read once per enum type.</summary>
/// <remarks>
/// <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/> would also accept numbers, other casings and
/// comma lists; a contract accepts exactly the documented names and nothing else.
/// </remarks>
internal static class ContractEnum<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> s_byName = typeof(TEnum)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToFrozenDictionary(NameOf, field => (TEnum)field.GetValue(null)!, StringComparer.Ordinal);

    /// <summary>Every accepted name, in declaration order, for error messages.</summary>
    public static string AcceptedNames { get; } = string.Join(", ", typeof(TEnum)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(NameOf));

    public static bool TryParse(string text, out TEnum value) => s_byName.TryGetValue(text, out value);

    private static string NameOf(FieldInfo field) =>
        field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name;
}
