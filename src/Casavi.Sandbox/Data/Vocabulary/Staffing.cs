namespace Casavi.Sandbox.Data.Vocabulary;

/// <summary>The property manager's own company and the positions of its staff.</summary>
internal static class Staffing
{
    public const string CompanyName = "Hausverwaltung Rheinblick GmbH";
    public const string CompanyDomain = "rheinblick-verwaltung.example";
    public const string CompanyStreet = "Theodor-Heuss-Ring 12";
    public const string CompanyPostalCode = "50668";
    public const string CompanyCity = "Köln";

    public const string PropertyManagement = "Objektbetreuung";
    public const string Accounting = "Buchhaltung";

    /// <summary>Positions in hiring order: the first member is always a property manager.</summary>
    public static IReadOnlyList<string> Positions { get; } =
    [
        PropertyManagement, Accounting, PropertyManagement, "Technik", PropertyManagement, Accounting,
        "Teamleitung", PropertyManagement, "Empfang", Accounting, PropertyManagement, "Technik",
    ];
}
