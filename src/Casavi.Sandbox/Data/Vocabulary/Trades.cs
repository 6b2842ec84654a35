namespace Casavi.Sandbox.Data.Vocabulary;

/// <summary>The crafts of the service providers a property manager works with.</summary>
internal static class Trades
{
    public const string Caretaker = "Hausmeisterservice";
    public const string Cleaning = "Gebäudereinigung";
    public const string Plumbing = "Sanitär & Heizung";
    public const string Electrical = "Elektrotechnik";
    public const string Elevator = "Aufzugsservice";
    public const string Carpentry = "Schreinerei";
    public const string Painting = "Malerbetrieb";
    public const string Gardening = "Garten- und Landschaftsbau";
    public const string Locksmith = "Schlüsseldienst";
    public const string Roofing = "Dachdeckerei";

    /// <summary>In this order the providers are created, so every craft has one from Scale 0.25 on.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Caretaker, Cleaning, Plumbing, Electrical, Caretaker, Elevator, Carpentry, Painting, Gardening, Locksmith, Roofing, Cleaning];
}
