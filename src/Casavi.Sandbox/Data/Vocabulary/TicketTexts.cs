namespace Casavi.Sandbox.Data.Vocabulary;

/// <summary>Ticket categories as a German property manager files them, with typical titles and the craft that fixes them.</summary>
internal static class TicketTexts
{
    public static IReadOnlyList<(string Id, string Name)> Groups { get; } =
    [
        ("TG-1", "Schäden & Reparaturen"), ("TG-2", "Haustechnik"),
        ("TG-3", "Gemeinschaftseigentum"), ("TG-4", "Verwaltung & Service"),
    ];

    public static IReadOnlyList<TicketCategory> Types { get; } =
    [
        new("TT-01", "Wasserschaden", "TG-1", Trades.Plumbing, ["Wasserfleck an der Decke", "Feuchtigkeit im Badezimmer", "Rohrbruch im Keller", "Wasser tropft aus der Decke"]),
        new("TT-02", "Fenster & Türen", "TG-1", Trades.Carpentry, ["Fenster schließt nicht richtig", "Wohnungstür klemmt", "Rollladen defekt", "Haustür fällt nicht ins Schloss"]),
        new("TT-03", "Schimmel", "TG-1", Trades.Painting, ["Schimmel im Schlafzimmer", "Schimmelbildung an der Außenwand"]),
        new("TT-04", "Heizung & Warmwasser", "TG-2", Trades.Plumbing, ["Heizung wird nicht warm", "Heizkörper gluckert", "Kein Warmwasser", "Thermostat defekt"]),
        new("TT-05", "Elektrik", "TG-2", Trades.Electrical, ["Treppenhausbeleuchtung defekt", "Steckdose ohne Strom", "Klingelanlage funktioniert nicht"]),
        new("TT-06", "Aufzug", "TG-2", Trades.Elevator, ["Aufzug steht still", "Aufzugtür schließt nicht"]),
        new("TT-07", "Treppenhaus & Keller", "TG-3", Trades.Cleaning, ["Treppenhaus verschmutzt", "Kellertür defekt", "Sperrmüll im Keller abgestellt"]),
        new("TT-08", "Außenanlagen", "TG-3", Trades.Gardening, ["Hecke muss geschnitten werden", "Spielplatz beschädigt", "Mülltonnenplatz überfüllt", "Schnee nicht geräumt"]),
        new("TT-09", "Lärmbelästigung", "TG-3", Trades.Caretaker, ["Ruhestörung durch Nachbarn", "Lärm durch Bauarbeiten im Haus"]),
        new("TT-10", "Schlüssel & Schließanlage", "TG-4", Trades.Locksmith, ["Schlüssel verloren", "Zusatzschlüssel benötigt", "Briefkastenschloss defekt"]),
        new("TT-11", "Abrechnung", "TG-4", Trades.Caretaker, ["Frage zur Nebenkostenabrechnung", "Frage zur Hausgeldabrechnung", "Änderung der Bankverbindung"]),
        new("TT-12", "Sonstiges", "TG-4", Trades.Caretaker, ["Allgemeine Anfrage", "Auszug angekündigt", "Frage zur Hausordnung"]),
    ];

    /// <summary>Description templates; {0} is the title, {1} a number of days.</summary>
    public static IReadOnlyList<string> Descriptions { get; } =
    [
        "{0}. Bitte um kurze Rückmeldung, wann sich jemand das ansehen kann.",
        "Seit {1} Tagen: {0}. Ich bin werktags ab 17 Uhr zu Hause.",
        "{0}. Fotos habe ich gemacht und kann sie gerne nachreichen.",
        "Hallo, {0}. Vielen Dank für die schnelle Bearbeitung!",
        "{0}. Der Nachbar ist ebenfalls betroffen.",
    ];
}

internal sealed record TicketCategory(string Id, string Name, string GroupId, string Trade, IReadOnlyList<string> Titles);
