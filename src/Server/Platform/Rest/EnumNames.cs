using Google.Protobuf.Reflection;

namespace Jyotishika.Server.Platform.Rest;

/// <summary>
/// The one reading of an enum value in a REST request, for JSON bodies and query strings alike: the proto name
/// (<c>HOUSE_SYSTEM_WHOLE_SIGN</c>), the name without its prefix (<c>WHOLE_SIGN</c>, what responses carry) or the
/// number. The zero value ("unspecified") is read as "not set", as the transcoder reads it, so the default applies.
/// </summary>
public static class EnumNames
{
    /// <summary>The value <paramref name="text"/> names, or null.</summary>
    public static EnumValueDescriptor? Find(EnumDescriptor descriptor, string text)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(text);
        var value = descriptor.FindValueByName(text) ?? descriptor.FindValueByName(Prefix(descriptor) + text);
        if (value is null && int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            value = descriptor.FindValueByNumber(number);
        }

        return value;
    }

    /// <summary>"must be one of A, B, C": the names responses use.</summary>
    public static string Expected(EnumDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var prefix = Prefix(descriptor);
        var names = descriptor.Values.Where(v => v.Number != 0)
            .Select(v => v.Name.StartsWith(prefix, StringComparison.Ordinal) ? v.Name[prefix.Length..] : v.Name);
        return $"must be one of {string.Join(", ", names)}";
    }

    /// <summary>The SCREAMING_SNAKE prefix protobuf style puts on enum values ("HOUSE_SYSTEM_" for HouseSystem).</summary>
    public static string Prefix(EnumDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var snake = string.Concat(descriptor.Name.Select((c, i) =>
            i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
        return snake + "_";
    }
}
