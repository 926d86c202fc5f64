using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Connectors.Plugins.Shopify.Tests.Schema;

/// <summary>
/// Validates GraphQL documents against an <see cref="IntrospectionSchema"/>, covering what a client can get wrong:
/// every field exists on its parent type, every argument exists and required ones are given, literals fit their
/// types (enum values exist), fragments' type conditions exist and can apply, leaf and composite selections are
/// right, and variables are defined, used, of input types and compatible with where they are used.
/// </summary>
internal sealed class QueryValidator(IntrospectionSchema schema)
{
    public IReadOnlyList<string> Validate(string document) => ValidateWithDeprecations(document).Errors;

    public (IReadOnlyList<string> Errors, IReadOnlyList<string> Deprecated) ValidateWithDeprecations(string document)
    {
        GraphQLDocument parsed;
        try
        {
            parsed = Parser.Parse(document);
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            return ([$"syntax: {ex.Message}"], []);
        }

        var run = new Run(schema, parsed);
        run.Check();
        return (run.Errors, run.Deprecated);
    }

    private sealed class Run(IntrospectionSchema schema, GraphQLDocument document)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
        private Dictionary<string, (TypeRef Type, bool HasDefault)> _variables = [];
        private HashSet<string> _used = [];
        private HashSet<string> _visiting = [];

        public List<string> Errors { get; } = [];

        public List<string> Deprecated { get; } = [];

        public void Check()
        {
            foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            {
                var name = fragment.FragmentName.Name.StringValue;
                if (!_fragments.TryAdd(name, fragment))
                {
                    Errors.Add($"fragment {name} is defined twice");
                }
            }

            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            if (operations.Count == 0)
            {
                Errors.Add("the document has no operation");
            }

            var usedFragments = new HashSet<string>(StringComparer.Ordinal);
            foreach (var operation in operations)
            {
                CheckOperation(operation, usedFragments);
            }

            foreach (var unused in _fragments.Keys.Except(usedFragments))
            {
                Errors.Add($"fragment {unused} is never used");
            }
        }

        private void CheckOperation(GraphQLOperationDefinition operation, HashSet<string> usedFragments)
        {
            var name = operation.Name?.StringValue ?? "(anonymous)";
            var root = operation.Operation switch
            {
                OperationType.Query => schema.QueryType,
                OperationType.Mutation => schema.MutationType,
                _ => null,
            };
            if (root is null)
            {
                Errors.Add($"{name}: the schema has no {operation.Operation} type");
                return;
            }

            _variables = new(StringComparer.Ordinal);
            _used = new(StringComparer.Ordinal);
            foreach (var variable in operation.Variables?.Items ?? [])
            {
                var variableName = variable.Variable.Name.StringValue;
                var type = FromAst(variable.Type);
                if (!schema.Types.TryGetValue(type.NamedType, out var named))
                {
                    Errors.Add($"{name}: variable ${variableName} has unknown type {type}");
                }
                else if (!named.IsInput)
                {
                    Errors.Add($"{name}: variable ${variableName} has type {type}, which is not an input type");
                }

                if (!_variables.TryAdd(variableName, (type, variable.DefaultValue is not null and not GraphQLNullValue)))
                {
                    Errors.Add($"{name}: variable ${variableName} is defined twice");
                }
            }

            _visiting = new(StringComparer.Ordinal);
            CheckSelections(operation.SelectionSet, schema.Types[root], name, usedFragments);
            foreach (var unused in _variables.Keys.Except(_used))
            {
                Errors.Add($"{name}: variable ${unused} is never used");
            }
        }

        private void CheckSelections(GraphQLSelectionSet set, SchemaType parent, string path, HashSet<string> usedFragments)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        CheckField(field, parent, path, usedFragments);
                        break;
                    case GraphQLInlineFragment inline:
                        var target = inline.TypeCondition is null ? parent : Condition(inline.TypeCondition, parent, $"{path}/... on");
                        if (target is not null)
                        {
                            CheckSelections(inline.SelectionSet, target, $"{path}/...on {target.Name}", usedFragments);
                        }

                        break;
                    case GraphQLFragmentSpread spread:
                        var fragmentName = spread.FragmentName.Name.StringValue;
                        usedFragments.Add(fragmentName);
                        if (!_fragments.TryGetValue(fragmentName, out var fragment))
                        {
                            Errors.Add($"{path}: fragment {fragmentName} is not defined");
                        }
                        else if (_visiting.Add(fragmentName))
                        {
                            if (Condition(fragment.TypeCondition, parent, $"{path}/...{fragmentName}") is { } fragmentType)
                            {
                                CheckSelections(fragment.SelectionSet, fragmentType, $"{path}/...{fragmentName}", usedFragments);
                            }

                            _visiting.Remove(fragmentName);
                        }
                        else
                        {
                            Errors.Add($"{path}: fragment {fragmentName} spreads itself");
                        }

                        break;
                }
            }
        }

        private SchemaType? Condition(GraphQLTypeCondition condition, SchemaType parent, string path)
        {
            var name = condition.Type.Name.StringValue;
            if (!schema.Types.TryGetValue(name, out var type))
            {
                Errors.Add($"{path}: type condition {name} is not a type of the schema");
                return null;
            }

            if (!type.IsComposite)
            {
                Errors.Add($"{path}: type condition {name} is a {type.Kind}, not an object, interface or union");
                return null;
            }

            if (!type.Concrete.Overlaps(parent.Concrete))
            {
                Errors.Add($"{path}: a fragment on {name} can never apply inside {parent.Name}");
            }

            return type;
        }

        private void CheckField(GraphQLField field, SchemaType parent, string path, HashSet<string> usedFragments)
        {
            var name = field.Name.StringValue;
            var fieldPath = $"{path}/{name}";
            if (name == "__typename")
            {
                return;
            }

            if (!parent.Fields.TryGetValue(name, out var definition))
            {
                Errors.Add($"{fieldPath}: {parent.Name} has no field '{name}'");
                return;
            }

            if (definition.IsDeprecated)
            {
                Deprecated.Add($"{parent.Name}.{name}");
            }

            CheckArguments(field, definition, fieldPath);
            var type = schema.Types[definition.Type.NamedType];
            if (type.IsLeaf && field.SelectionSet is not null)
            {
                Errors.Add($"{fieldPath}: {type.Name} is a {type.Kind}; it takes no selection");
            }
            else if (type.IsComposite && field.SelectionSet is null)
            {
                Errors.Add($"{fieldPath}: {type.Name} is a {type.Kind}; select its fields");
            }
            else if (field.SelectionSet is not null)
            {
                CheckSelections(field.SelectionSet, type, fieldPath, usedFragments);
            }
        }

        private void CheckArguments(GraphQLField field, SchemaField definition, string path)
        {
            var given = new HashSet<string>(StringComparer.Ordinal);
            foreach (var argument in field.Arguments?.Items ?? [])
            {
                var name = argument.Name.StringValue;
                if (!given.Add(name))
                {
                    Errors.Add($"{path}: argument {name} is given twice");
                }

                if (!definition.Arguments.TryGetValue(name, out var expected))
                {
                    Errors.Add($"{path}: field {definition.Name} has no argument '{name}'");
                    continue;
                }

                CheckValue(argument.Value, expected.Type, expected.HasDefault, $"{path}({name})");
            }

            foreach (var required in definition.Arguments.Values.Where(a => a.Type.IsNonNull && !a.HasDefault && !given.Contains(a.Name)))
            {
                Errors.Add($"{path}: required argument {required.Name}: {required.Type} is missing");
            }
        }

        private void CheckValue(GraphQLValue value, TypeRef expected, bool locationHasDefault, string path)
        {
            if (value is GraphQLVariable variable)
            {
                CheckVariableUsage(variable.Name.StringValue, expected, locationHasDefault, path);
                return;
            }

            if (value is GraphQLNullValue)
            {
                if (expected.IsNonNull)
                {
                    Errors.Add($"{path}: null given where {expected} is required");
                }

                return;
            }

            var type = expected.Nullable;
            if (type.IsList)
            {
                var items = value is GraphQLListValue list ? list.Values ?? [] : [value];
                foreach (var item in items)
                {
                    CheckValue(item, type.OfType!, false, path);
                }

                return;
            }

            var named = schema.Types[type.NamedType];
            var fits = (named.Kind, value) switch
            {
                ("ENUM", GraphQLEnumValue e) => named.EnumValues.Contains(e.Name.StringValue),
                ("INPUT_OBJECT", GraphQLObjectValue o) => CheckObject(o, named, path),
                ("SCALAR", GraphQLStringValue) => named.Name is not ("Int" or "Float" or "Boolean"),
                ("SCALAR", GraphQLIntValue) => named.Name is not ("String" or "Boolean"),
                ("SCALAR", GraphQLFloatValue) => named.Name is not ("Int" or "String" or "Boolean" or "ID"),
                ("SCALAR", GraphQLBooleanValue) => named.Name is "Boolean" || named.Name is not ("Int" or "Float" or "String" or "ID"),
                _ => false,
            };
            if (!fits)
            {
                Errors.Add($"{path}: the literal {value.Kind} does not fit {expected}");
            }
        }

        private bool CheckObject(GraphQLObjectValue value, SchemaType type, string path)
        {
            var given = new HashSet<string>(StringComparer.Ordinal);
            foreach (var field in value.Fields ?? [])
            {
                var name = field.Name.StringValue;
                given.Add(name);
                if (type.InputFields.TryGetValue(name, out var definition))
                {
                    CheckValue(field.Value, definition.Type, definition.HasDefault, $"{path}.{name}");
                }
                else
                {
                    Errors.Add($"{path}: input {type.Name} has no field '{name}'");
                }
            }

            foreach (var required in type.InputFields.Values.Where(f => f.Type.IsNonNull && !f.HasDefault && !given.Contains(f.Name)))
            {
                Errors.Add($"{path}: input field {required.Name}: {required.Type} is missing");
            }

            return true;
        }

        /// <summary>The spec's "All Variable Usages Are Allowed": a nullable variable may only fill a non-null slot with a default.</summary>
        private void CheckVariableUsage(string name, TypeRef location, bool locationHasDefault, string path)
        {
            _used.Add(name);
            if (!_variables.TryGetValue(name, out var variable))
            {
                Errors.Add($"{path}: variable ${name} is not defined");
                return;
            }

            var variableType = variable.Type;
            if (location.IsNonNull && !variableType.IsNonNull)
            {
                if (!variable.HasDefault && !locationHasDefault)
                {
                    Errors.Add($"{path}: variable ${name}: {variableType} cannot fill {location}");
                    return;
                }

                location = location.OfType!;
            }

            if (!Compatible(variableType, location))
            {
                Errors.Add($"{path}: variable ${name}: {variableType} cannot fill {location}");
            }
        }

        private static bool Compatible(TypeRef variable, TypeRef location)
        {
            if (location.IsNonNull)
            {
                return variable.IsNonNull && Compatible(variable.OfType!, location.OfType!);
            }

            if (variable.IsNonNull)
            {
                return Compatible(variable.OfType!, location);
            }

            if (location.IsList || variable.IsList)
            {
                return location.IsList && variable.IsList && Compatible(variable.OfType!, location.OfType!);
            }

            return variable.Name == location.Name;
        }

        private static TypeRef FromAst(GraphQLType type) => type switch
        {
            GraphQLNonNullType nonNull => TypeRef.NonNull(FromAst(nonNull.Type)),
            GraphQLListType list => TypeRef.List(FromAst(list.Type)),
            GraphQLNamedType named => TypeRef.Named(named.Name.StringValue),
            _ => throw new NotSupportedException(type.GetType().Name),
        };
    }
}
