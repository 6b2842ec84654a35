namespace Casavi.Sandbox.Data.Vocabulary;

/// <summary>Fixed catalogs of the account: they do not grow with the scale.</summary>
internal static class Catalogs
{
    public static IReadOnlyList<(string Id, string Name)> OrderTypes { get; } =
    [
        ("OT-1", "Reparatur"), ("OT-2", "Wartung"), ("OT-3", "Reinigung"), ("OT-4", "Begutachtung"), ("OT-5", "Notdienst"),
    ];

    /// <summary>Document types with the roles a document of the type is shared with, and whether it goes to one unit.</summary>
    public static IReadOnlyList<(string Id, string Name, string[] Roles, bool PerUnit)> DocumentTypes { get; } =
    [
        ("abrechnung", "Nebenkostenabrechnung", ["renter"], true),
        ("hausgeld", "Hausgeldabrechnung", ["owner"], true),
        ("vertrag", "Vertrag", ["owner", "renter"], true),
        ("wirtschaftsplan", "Wirtschaftsplan", ["owner"], false),
        ("protokoll", "Protokoll der Eigentümerversammlung", ["owner"], false),
        ("einladung", "Einladung zur Eigentümerversammlung", ["owner"], false),
        ("hausordnung", "Hausordnung", ["owner", "renter", "resident"], false),
        ("energieausweis", "Energieausweis", ["owner", "custom:Beirat"], false),
    ];

    public static IReadOnlyList<(string Id, string Name, string Unit, string? Notes)> ConsumptionResources { get; } =
    [
        ("RES-KW", "Kaltwasser", "m³", "Hauptwasserzähler"), ("RES-WW", "Warmwasser", "m³", null),
        ("RES-STROM", "Strom", "kWh", "Allgemeinstrom"), ("RES-GAS", "Gas", "m³", null),
        ("RES-HEIZ", "Heizung", "kWh", "Heizkostenverteiler"), ("RES-FW", "Fernwärme", "MWh", null),
    ];

    public static IReadOnlyList<(string Id, string TargetUrl, string Event)> RestHooks { get; } =
    [
        ("H-001", $"https://erp.{Staffing.CompanyDomain}/hooks/casavi/tickets", "ticket.created"),
        ("H-002", $"https://erp.{Staffing.CompanyDomain}/hooks/casavi/contacts", "contact.updated"),
    ];

    public static IReadOnlyList<(string Title, string Description, string Status)> AssemblyTopics { get; } =
    [
        ("Sanierung der Dachflächen", "Angebote von drei Dachdeckern liegen vor.", "open"),
        ("Erneuerung der Heizungsanlage", "Umstieg auf eine Wärmepumpe mit Förderung.", "in_discussion"),
        ("Beschluss Wirtschaftsplan 2027", "Der Entwurf liegt der Einladung bei.", "open"),
        ("Ladesäulen in der Tiefgarage", "Vier Ladepunkte für Elektrofahrzeuge.", "voted"),
        ("Anpassung der Hausordnung", "Ruhezeiten und Nutzung des Innenhofs.", "closed"),
    ];
}
