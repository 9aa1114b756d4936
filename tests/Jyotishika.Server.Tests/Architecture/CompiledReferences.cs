using System.Reflection;
using System.Reflection.Emit;

namespace Jyotishika.Server.Tests.Architecture;

/// <summary>
/// The types a compiled type uses: its base and interfaces, attributes, field, property and method signatures, local
/// variables, and every type, method or field its method bodies name (read from the IL, so a lambda or an async method
/// counts for the type that wrote it). Constants are inlined by the compiler and leave no trace; nothing else is missed,
/// whatever the using directives say.
/// </summary>
public static class CompiledReferences
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly OpCode[] OneByteCodes = new OpCode[0x100];
    private static readonly OpCode[] TwoByteCodes = new OpCode[0x100];

    static CompiledReferences()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            var value = (ushort)code.Value;
            if (value < 0x100)
            {
                OneByteCodes[value] = code;
            }
            else if ((value & 0xff00) == 0xfe00)
            {
                TwoByteCodes[value & 0xff] = code;
            }
        }
    }

    /// <summary>Every type <paramref name="type"/> and the types nested in it (closures, state machines) use.</summary>
    public static IReadOnlySet<Type> Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var found = new HashSet<Type>();
        foreach (var declared in WithNested(type))
        {
            Collect(declared, found);
        }

        return found;
    }

    private static IEnumerable<Type> WithNested(Type type) =>
        new[] { type }.Concat(type.GetNestedTypes(Declared).SelectMany(WithNested));

    private static void Collect(Type type, HashSet<Type> found)
    {
        Add(type.BaseType, found);
        foreach (var contract in type.GetInterfaces())
        {
            Add(contract, found);
        }

        AddAttributes(type.CustomAttributes, found);
        foreach (var field in type.GetFields(Declared))
        {
            Add(field.FieldType, found);
            AddAttributes(field.CustomAttributes, found);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Add(property.PropertyType, found);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo withResult)
            {
                Add(withResult.ReturnType, found);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType, found);
            }

            AddAttributes(method.CustomAttributes, found);
            AddBody(method, found);
        }
    }

    private static void AddAttributes(IEnumerable<CustomAttributeData> attributes, HashSet<Type> found)
    {
        foreach (var attribute in attributes)
        {
            Add(attribute.AttributeType, found);
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(named => named.TypedValue)))
            {
                Add(argument.Value as Type, found);
            }
        }
    }

    private static void AddBody(MethodBase method, HashSet<Type> found)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            Add(local.LocalType, found);
        }

        var code = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < code.Length;)
        {
            var opCode = code[at] == 0xfe ? TwoByteCodes[code[++at]] : OneByteCodes[code[at]];
            at++;
            if (opCode.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(code, at), typeArguments, methodArguments);
                AddMember(member, found);
            }

            at += OperandSize(opCode.OperandType, code, at);
        }
    }

    private static void AddMember(MemberInfo? member, HashSet<Type> found)
    {
        switch (member)
        {
            case Type type:
                Add(type, found);
                break;
            case MethodInfo method:
                Add(method.DeclaringType, found);
                foreach (var argument in method.IsGenericMethod ? method.GetGenericArguments() : [])
                {
                    Add(argument, found);
                }

                break;
            case { } other:
                Add(other.DeclaringType, found);
                break;
        }
    }

    private static int OperandSize(OperandType operand, byte[] code, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(code, at)),
        _ => 4,
    };

    /// <summary>A type and what it is built from: element types of arrays, pointers and references, generic arguments.</summary>
    private static void Add(Type? type, HashSet<Type> found)
    {
        while (type is not null && type.HasElementType)
        {
            type = type.GetElementType();
        }

        if (type is null || type.IsGenericParameter || !found.Add(type))
        {
            return;
        }

        if (type.IsGenericType)
        {
            found.Add(type.GetGenericTypeDefinition());
            foreach (var argument in type.GetGenericArguments())
            {
                Add(argument, found);
            }
        }
    }
}
