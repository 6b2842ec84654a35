namespace Casavi.Sandbox.Data.Vocabulary;

/// <summary>Notices, documents and appointments of a property manager's portal.</summary>
internal static class ContentTexts
{
    /// <summary>Post titles and texts; {0} is a German date.</summary>
    public static IReadOnlyList<(string Title, string Text)> Posts { get; } =
    [
        ("Wartung der Heizungsanlage", "Am {0} wird die Heizungsanlage gewartet. Zwischen 8 und 12 Uhr kann es zu Einschränkungen beim Warmwasser kommen."),
        ("Neue Reinigungsfirma", "Ab dem {0} übernimmt eine neue Firma die Treppenhausreinigung. Gereinigt wird wöchentlich donnerstags."),
        ("Wasserabsperrung", "Wegen Reparaturarbeiten wird am {0} von 9 bis 14 Uhr das Wasser abgestellt. Bitte halten Sie ausreichend Wasser bereit."),
        ("Einladung zur Eigentümerversammlung", "Die ordentliche Eigentümerversammlung findet am {0} statt. Einladung und Tagesordnung finden Sie im Anhang."),
        ("Ablesung der Heizkostenverteiler", "Am {0} werden Heizkostenverteiler und Wasserzähler abgelesen. Bitte ermöglichen Sie den Zugang zu Ihrer Wohnung."),
        ("Sperrmüllabholung", "Die Sperrmüllabholung ist für den {0} angemeldet. Bitte stellen Sie Sperrmüll erst am Vorabend an die Straße."),
        ("Aufzug außer Betrieb", "Der Aufzug ist am {0} wegen der jährlichen Prüfung ganztägig außer Betrieb."),
        ("Winterdienst", "Ab dem {0} ist der Winterdienst beauftragt. Bei Glätte wird morgens ab 6 Uhr geräumt und gestreut."),
        ("Wartung der Rauchwarnmelder", "Die jährliche Wartung der Rauchwarnmelder erfolgt am {0}. Bitte sorgen Sie dafür, dass alle Räume zugänglich sind."),
        ("Neue Hausordnung", "Die Eigentümergemeinschaft hat eine neue Hausordnung beschlossen. Sie gilt ab dem {0} und hängt als Anhang an."),
        ("Fassadenarbeiten", "Ab dem {0} wird die Fassade gestrichen. Das Gerüst bleibt voraussichtlich vier Wochen stehen."),
        ("Baumschnitt im Innenhof", "Am {0} werden Hecken und Bäume im Innenhof geschnitten. Bitte parken Sie an diesem Tag nicht im Hof."),
    ];

    public static IReadOnlyList<(string Title, string Location)> Appointments { get; } =
    [
        ("Eigentümerversammlung", "Gemeinschaftsraum"), ("Begehung der Außenanlagen", "Innenhof"),
        ("Ablesung Wasserzähler", "Keller"), ("Wartung Aufzug", "Treppenhaus"), ("Heizungswartung", "Heizungskeller"),
        ("Sprechstunde der Hausverwaltung", "Büro der Hausverwaltung"), ("Grundreinigung Treppenhaus", "Treppenhaus"),
        ("Wartung Rauchwarnmelder", "Alle Wohnungen"),
    ];

    public static IReadOnlyList<SurveyTemplate> Surveys { get; } =
    [
        new("Terminabstimmung Handwerker", "Wann passt Ihnen ein Termin für die Reparatur?", ["Vormittags", "Nachmittags", "Abends"]),
        new("Zufriedenheit mit der Bearbeitung", "Wie zufrieden sind Sie mit der Bearbeitung Ihres Anliegens?", ["Sehr zufrieden", "Zufrieden", "Unzufrieden"]),
        new("Zugang zur Wohnung", "Sind Sie zum vereinbarten Termin zu Hause?", ["Ja, ich bin zu Hause", "Nein, der Schlüssel liegt beim Hausmeister"]),
        new("Ist das Problem behoben?", null, ["Ja", "Nein", "Teilweise", "Weiß nicht"]),
    ];

    public static IReadOnlyList<string> ChecklistItems { get; } =
    [
        "Schaden fotografiert", "Bewohner informiert", "Handwerker beauftragt", "Termin bestätigt",
        "Arbeiten abgenommen", "Rechnung geprüft", "Versicherung informiert",
    ];
}

internal sealed record SurveyTemplate(string Title, string? Text, IReadOnlyList<string> Choices);
