using System.Globalization;
using System.Runtime.CompilerServices;

namespace Jyotishika.Engine.Places;

/// <summary>
/// Folds names and queries to one comparable form: lowercase, diacritics removed ("Puné" → "pune", "São" → "sao"),
/// apostrophes dropped ("Hawai'i" → "hawaii") and every other run of punctuation or spaces made one space
/// ("Winston-Salem" → "winston salem"). The server runs with invariant globalization, where String.Normalize does not
/// decompose accented letters, so the decompositions come from the data file's fold table (built with ICU).
/// Immutable and safe to share between threads.
/// </summary>
internal sealed class TextFolder
{
    private readonly string?[] table;

    public TextFolder(IReadOnlyDictionary<char, string> folds)
    {
        table = new string?[folds.Count == 0 ? 0 : folds.Keys.Max() + 1];
        foreach (var (c, folded) in folds)
        {
            table[c] = folded;
        }
    }

    /// <param name="keepTrailingSeparator">
    /// Keeps one trailing space when the text ends in a separator, so a query "san " can ask for the whole word.
    /// </param>
    public string Fold(ReadOnlySpan<char> text, bool keepTrailingSeparator = false)
    {
        var buffer = text.Length <= 128 ? stackalloc char[2 * 128] : new char[2 * text.Length];
        return new string(buffer[..Fold(text, buffer, keepTrailingSeparator)]);
    }

    /// <summary>
    /// Folds into <paramref name="destination"/>, which needs twice the text's length (ß → ss); returns the length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // Folds every name at load: tier-0 code would be slow there.
    public int Fold(ReadOnlySpan<char> text, Span<char> destination, bool keepTrailingSeparator = false)
    {
        var length = 0;
        var pendingSeparator = false;
        foreach (var c in text)
        {
            var folded = FoldChar(c, out var single);
            if (folded is null && single == '\0')
            {
                continue;
            }

            if (single == ' ')
            {
                pendingSeparator = length > 0;
                continue;
            }

            if (pendingSeparator)
            {
                destination[length++] = ' ';
                pendingSeparator = false;
            }

            if (folded is null)
            {
                destination[length++] = single;
            }
            else
            {
                folded.CopyTo(destination[length..]);
                length += folded.Length;
            }
        }

        if (pendingSeparator && keepTrailingSeparator)
        {
            destination[length++] = ' ';
        }

        return length;
    }

    /// <summary>
    /// Returns a multi-character fold, or null with <paramref name="single"/> set to the one folded character, a space
    /// for a separator, or '\0' for a character to drop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? FoldChar(char c, out char single)
    {
        single = '\0';
        if (c < 0x80)
        {
            single = c switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' => c,
                >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
                '\'' or '`' => '\0',
                _ => ' ',
            };
            return null;
        }

        if (c < table.Length && table[c] is { } folded)
        {
            if (folded.Length != 1)
            {
                return folded;
            }

            single = folded[0];
            return null;
        }

        single = c switch
        {
            // Apostrophe-like letters and marks: typed or not, they should not split a name.
            '\u2018' or '\u2019' or '\u02BB' or '\u02BC' or '\u00B4' => '\0',
            _ when char.IsSurrogate(c) => c,
            _ when IsCombiningMark(c) => '\0',
            _ when char.IsLetterOrDigit(c) => char.ToLowerInvariant(c),
            _ => ' ',
        };
        return null;
    }

    private static bool IsCombiningMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
