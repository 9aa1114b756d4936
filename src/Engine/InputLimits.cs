namespace Jyotishika.Engine;

/// <summary>The numbers a rule accepts, as its part's rule reads them (inclusive or not).</summary>
public readonly record struct ValueLimits(double Minimum, double Maximum);

/// <summary>The first and last dates a rule accepts, both inclusive.</summary>
public readonly record struct DateLimits(DateOnly First, DateOnly Last);
