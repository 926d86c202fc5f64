using System.Collections;
using System.Reflection;
using Fluid.Ast;

namespace Connectors.Host.Routing.Templates;

/// <summary>
/// Finds the variables a parsed template reads that its model does not have (<c>feedback.txt</c> for
/// <c>feedback.text</c>), so a typo is an error at <c>validate</c> instead of an empty line in a ticket. The parsed
/// template is walked as a tree; names a template assigns, captures or loops over are its own.
/// </summary>
internal static class TemplateVariables
{
    private static readonly string[] ListMembers = ["size", "first", "last"];

    /// <summary>Each unknown variable path (<c>feedback.txt</c>) with what the model has instead.</summary>
    /// <param name="template">A template parsed by Fluid.</param>
    /// <param name="model">A sample of the model, with every nested object and list filled in.</param>
    public static List<(string Path, string Known)> Unknown(Fluid.IFluidTemplate template, IReadOnlyDictionary<string, object?> model)
    {
        var found = new List<(string, string)>();
        var locals = new Dictionary<string, object?>(StringComparer.Ordinal) { ["forloop"] = null };
        Walk(template, model, locals, found);
        return found;
    }

    private static void Walk(object? node, IReadOnlyDictionary<string, object?> model, Dictionary<string, object?> locals, List<(string, string)> found)
    {
        switch (node)
        {
            case null or string or Fluid.FluidParser:
                return;
            case MemberExpression member:
                Check(member, model, locals, found);
                foreach (var segment in member.Segments)
                {
                    Walk(segment, model, locals, found);
                }

                return;
            case ForStatement loop:
                // The loop variable is an item of what it loops over (history → one history item).
                locals[loop.Identifier] = loop.Source is MemberExpression source && Resolve(source, model, locals) is IList { Count: > 0 } list ? list[0] : null;
                break;
            case AssignStatement assign:
                locals[assign.Identifier] = null;
                break;
            case CaptureStatement capture:
                locals[capture.Identifier] = null;
                break;
            case TableRowStatement row:
                locals[row.Identifier] = null;
                break;
            case IEnumerable items when node is not IDictionary:
                foreach (var item in items)
                {
                    Walk(item, model, locals, found);
                }

                return;
        }

        if (node.GetType().Namespace != typeof(Statement).Namespace && node.GetType().Namespace != "Fluid.Parser")
        {
            return;
        }

        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.PropertyType.IsByRef && property.GetIndexParameters().Length == 0 && property.PropertyType != typeof(string))
            {
                Walk(property.GetValue(node), model, locals, found);
            }
        }
    }

    private static void Check(MemberExpression member, IReadOnlyDictionary<string, object?> model, Dictionary<string, object?> locals, List<(string, string)> found)
    {
        var names = Names(member);
        if (names.Count == 0)
        {
            return;
        }

        object? current;
        if (locals.TryGetValue(names[0], out var local))
        {
            if (local is null)
            {
                return; // assigned or captured by the template: anything goes
            }

            current = local;
        }
        else if (!model.TryGetValue(names[0], out current))
        {
            found.Add((names[0], $"the variables are {string.Join(", ", model.Keys)}"));
            return;
        }

        for (var i = 1; i < names.Count; i++)
        {
            switch (current)
            {
                case IDictionary<string, object?> map when map.TryGetValue(names[i], out var next):
                    current = next;
                    continue;
                case IDictionary<string, object?> map:
                    found.Add((string.Join('.', names.Take(i + 1)), $"{string.Join('.', names.Take(i))} has {string.Join(", ", map.Keys)}"));
                    return;
                case IList list when ListMembers.Contains(names[i]):
                    current = names[i] == "size" || list.Count == 0 ? null : list[0];
                    continue;
                case IList:
                    found.Add((string.Join('.', names.Take(i + 1)), $"{string.Join('.', names.Take(i))} is a list: loop over it with for, or use size, first, last"));
                    return;
                case string when names[i] == "size":
                    current = null;
                    continue;
                case null:
                    return; // a member the sample leaves empty: nothing to check against
                default:
                    // feedback.rating.stars: a number, a text or a time has no members; Liquid would render nothing.
                    found.Add((string.Join('.', names.Take(i + 1)), $"{string.Join('.', names.Take(i))} is a value, not an object: it has no '{names[i]}'"));
                    return;
            }
        }
    }

    private static object? Resolve(MemberExpression member, IReadOnlyDictionary<string, object?> model, Dictionary<string, object?> locals)
    {
        var names = Names(member);
        object? current = names.Count == 0 ? null : locals.TryGetValue(names[0], out var local) ? local : model.TryGetValue(names[0], out var root) ? root : null;
        foreach (var name in names.Skip(1))
        {
            current = current is IDictionary<string, object?> map ? (map.TryGetValue(name, out var next) ? next : null) : null;
        }

        return current;
    }

    /// <summary>The identifiers a member expression starts with (<c>feedback.text</c>; an indexer ends them).</summary>
    private static List<string> Names(MemberExpression member) =>
        [.. member.Segments.TakeWhile(s => s is IdentifierSegment).Cast<IdentifierSegment>().Select(s => s.Identifier)];
}
