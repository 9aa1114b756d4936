namespace Jyotishika.Engine.Panchang;

/// <summary>The weekday of a panchang day, which runs from one sunrise to the next; numbered as <see cref="DayOfWeek"/>.</summary>
public enum Vaara
{
    Ravivara = 0,
    Somavara = 1,
    Mangalavara = 2,
    Budhavara = 3,
    Guruvara = 4,
    Shukravara = 5,
    Shanivara = 6,
}
