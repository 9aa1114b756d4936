using System.Collections.ObjectModel;

namespace Jyotishika.Server.Platform.Rest;

/// <summary>
/// How REST spells one enum's values, for every reader and writer of them: request checks of JSON bodies and query
/// strings, the response writer, the OpenAPI document and metric labels. Like ASP.NET Core transcoding's own enum
/// table, one table serves reading and writing, so what a response writes is always what a request may send back.
/// </summary>
public sealed class EnumNames
{
    private static readonly Lazy<FrozenDictionary<EnumDescriptor, EnumNames>> Contract = new(BuildContract);

    private static readonly Lazy<FrozenDictionary<Type, EnumNames>> ContractByClrType = new(() => Contract.Value.Values
        .Where(names => names.Descriptor.ClrType is not null)
        .ToFrozenDictionary(names => names.Descriptor.ClrType));

    private readonly Dictionary<string, EnumValueDescriptor> byName = new(StringComparer.Ordinal);
    private readonly ReadOnlyDictionary<int, JsonEncodedText> written;
    private readonly ReadOnlyDictionary<int, JsonEncodedText> protoNames;

    private EnumNames(EnumDescriptor descriptor)
    {
        Descriptor = descriptor;
        var written = new Dictionary<int, JsonEncodedText>();
        var protoNames = new Dictionary<int, JsonEncodedText>();
        var expected = new List<string>();
        foreach (var value in descriptor.Values)
        {
            var name = WithoutPrefix(descriptor.Name, value.Name);

            // Aliases (allow_alias) share a number; the first declared name is the one JSON writes. Insertion order is
            // declaration order, the order the OpenAPI document lists.
            written.TryAdd(value.Number, JsonEncodedText.Encode(name));
            protoNames.TryAdd(value.Number, JsonEncodedText.Encode(value.Name));
            byName.TryAdd(name, value);
            if (value.Number != 0)
            {
                expected.Add(name);
            }
        }

        // A written name wins over a proto name spelled the same (FOLD_FOLD_X is written FOLD_X, another value's proto
        // name), as in transcoding's reader, so whatever a response writes reads back as the same value.
        foreach (var value in descriptor.Values)
        {
            byName.TryAdd(value.Name, value);
        }

        this.written = written.AsReadOnly();
        this.protoNames = protoNames.AsReadOnly();
        Expected = $"must be one of {string.Join(", ", expected)}";
    }

    public EnumDescriptor Descriptor { get; }

    /// <summary>"must be one of A, B, C": the names responses use, the zero ("unspecified") value left out.</summary>
    public string Expected { get; }

    /// <summary>
    /// The table of <paramref name="descriptor"/>. The contract's enums (and its imports') are built once, on first use;
    /// any other enum, which no REST message carries today, is built on each call rather than cached in mutable state.
    /// </summary>
    public static EnumNames For(EnumDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return Contract.Value.GetValueOrDefault(descriptor) ?? new EnumNames(descriptor);
    }

    /// <summary>
    /// The table of a generated C# enum of the contract (or of a file it imports), or null: Swashbuckle and the metric
    /// code hold a CLR type, while the names live on the descriptor.
    /// </summary>
    public static EnumNames? For(Type clrType)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        return ContractByClrType.Value.GetValueOrDefault(clrType);
    }

    /// <summary>The name responses write for <paramref name="number"/> (<c>WHOLE_SIGN</c>), or null for an unnamed number.</summary>
    public string? Name(int number) => written.TryGetValue(number, out var name) ? name.Value : null;

    /// <summary>Each number's JSON name: without the type prefix when transcoding removes it, else the proto name.</summary>
    public IReadOnlyDictionary<int, JsonEncodedText> Encoded(bool removePrefix) => removePrefix ? written : protoNames;

    /// <summary>
    /// The value a request's text names: the proto name (<c>HOUSE_SYSTEM_WHOLE_SIGN</c>), the name responses write
    /// (<c>WHOLE_SIGN</c>) or the number; null for anything else. The zero value is found too: the transcoder reads it as
    /// "not set", so the default applies.
    /// </summary>
    public EnumValueDescriptor? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (byName.TryGetValue(text, out var value))
        {
            return value;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? Descriptor.FindValueByNumber(number)
            : null;
    }

    /// <summary>
    /// PLANET_SUN of enum Planet becomes SUN, transcoding's RemoveEnumPrefix rule: the type name is matched against the
    /// value's start ignoring case and underscores. A name the prefix would leave empty keeps its prefix; one left starting
    /// with a digit gets an underscore instead (EDITION_2023 becomes _2023), so it stays an identifier.
    /// </summary>
    internal static string WithoutPrefix(string typeName, string valueName)
    {
        var position = 0;
        foreach (var letter in typeName.Where(letter => letter != '_'))
        {
            position = SkipUnderscores(valueName, position);
            if (position >= valueName.Length || char.ToUpperInvariant(valueName[position]) != char.ToUpperInvariant(letter))
            {
                return valueName;
            }

            position++;
        }

        var rest = valueName[SkipUnderscores(valueName, position)..];
        return rest.Length == 0 ? valueName : char.IsAsciiDigit(rest[0]) ? "_" + rest : rest;
    }

    private static int SkipUnderscores(string text, int position)
    {
        while (position < text.Length && text[position] == '_')
        {
            position++;
        }

        return position;
    }

    /// <summary>Every enum of the contract's files and of the files they import, nested ones included.</summary>
    private static FrozenDictionary<EnumDescriptor, EnumNames> BuildContract()
    {
        var tables = new Dictionary<EnumDescriptor, EnumNames>();
        var files = new HashSet<FileDescriptor>();
        var pending = new Stack<FileDescriptor>(TranscodingJsonSetup.ContractFiles);
        while (pending.TryPop(out var file))
        {
            if (!files.Add(file))
            {
                continue;
            }

            foreach (var dependency in file.Dependencies)
            {
                pending.Push(dependency);
            }

            foreach (var type in file.EnumTypes.Concat(file.MessageTypes.SelectMany(NestedEnums)))
            {
                tables.TryAdd(type, new EnumNames(type));
            }
        }

        return tables.ToFrozenDictionary();
    }

    private static IEnumerable<EnumDescriptor> NestedEnums(MessageDescriptor message) =>
        message.EnumTypes.Concat(message.NestedTypes.SelectMany(NestedEnums));
}
