using System.Reflection;
using System.Text;

namespace Connectors.Abstractions.Tests;

/// <summary>Writes an assembly's public surface as sorted, stable text lines, one per type and member.</summary>
internal static class PublicApiDescriber
{
    public static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add($"{Kind(type)} {Name(type)}{Bases(type)}");
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            lines.AddRange(type.GetMembers(flags).Select(m => Member(type, m)).OfType<string>().Order(StringComparer.Ordinal).Select(m => "  " + m));
        }

        return string.Join('\n', lines) + '\n';
    }

    private static string Kind(Type type) => type switch
    {
        { IsInterface: true } => "interface",
        { IsEnum: true } => "enum",
        { IsValueType: true } => "struct",
        { IsAbstract: true, IsSealed: true } => "static class",
        { IsSealed: true } => "sealed class",
        _ => "class",
    };

    private static string Bases(Type type)
    {
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.Namespace?.StartsWith("Connectors", StringComparison.Ordinal) == true).Select(Name).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
    }

    private static string? Member(Type owner, MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo { IsSpecialName: true } => null,
        MethodInfo m when IsCompilerGenerated(owner, m) => null,
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}{Generics(m)}({Parameters(m)})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{ {Accessors(p)}}}",
        FieldInfo { IsSpecialName: true } => null,
        FieldInfo f when owner.IsEnum => $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}{(f.IsLiteral ? $" = {f.GetRawConstantValue()}" : "")}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type nested => $"nested {Name(nested)}",
        _ => null,
    };

    // Records' generated members (Equals, GetHashCode, PrintMembers, <Clone>$, Deconstruct...) follow from their shape.
    private static bool IsCompilerGenerated(Type owner, MethodInfo m) =>
        m.Name.Contains('<', StringComparison.Ordinal)
        || (owner.GetMethod("<Clone>$") is not null && m.Name is "Equals" or "GetHashCode" or "ToString" or "PrintMembers" or "Deconstruct")
        || (owner.IsValueType && m.Name is "Equals" or "GetHashCode" or "ToString" or "PrintMembers");

    private static string Accessors(PropertyInfo p)
    {
        var text = new StringBuilder();
        if (p.GetMethod?.IsPublic == true)
        {
            text.Append("get; ");
        }

        if (p.SetMethod?.IsPublic == true)
        {
            var init = p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");
            text.Append(init ? "init; " : "set; ");
        }

        return text.ToString();
    }

    private static string Generics(MethodInfo method) =>
        method.IsGenericMethod ? $"<{string.Join(", ", method.GetGenericArguments().Select(Name))}>" : "";

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}"));

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Name(inner) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!);
        }

        var name = type.IsNested ? $"{Name(type.DeclaringType!)}.{type.Name}" : $"{type.Namespace}.{type.Name}";
        if (!type.IsGenericType)
        {
            return name;
        }

        return $"{name[..name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
