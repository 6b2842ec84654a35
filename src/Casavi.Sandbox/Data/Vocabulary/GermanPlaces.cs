namespace Casavi.Sandbox.Data.Vocabulary;

/// <summary>Where the sandbox's property manager works: the Cologne/Bonn region and a few cities beyond.</summary>
internal static class GermanPlaces
{
    public const string Country = "Deutschland";

    /// <summary>Cities with the range of their postal codes; Köln is listed thrice as the manager's home.</summary>
    public static IReadOnlyList<(string City, int FirstPostalCode, int LastPostalCode)> Cities { get; } =
    [
        ("Köln", 50667, 51149), ("Köln", 50667, 51149), ("Köln", 50667, 51149),
        ("Bonn", 53111, 53229), ("Düsseldorf", 40210, 40629), ("Leverkusen", 51371, 51381),
        ("Bergisch Gladbach", 51427, 51469), ("Hürth", 50354, 50354), ("Frechen", 50226, 50226),
        ("Brühl", 50321, 50321), ("Pulheim", 50259, 50259), ("Troisdorf", 53840, 53844),
        ("Aachen", 52062, 52080), ("Essen", 45127, 45359), ("Dortmund", 44135, 44388),
    ];

    public static IReadOnlyList<string> Streets { get; } =
    [
        "Lindenstraße", "Goethestraße", "Schillerstraße", "Bahnhofstraße", "Hauptstraße", "Gartenstraße",
        "Kirchweg", "Rosenweg", "Ahornweg", "Birkenallee", "Eichendorffstraße", "Beethovenstraße",
        "Mozartstraße", "Kastanienallee", "Am Stadtpark", "Rheinuferstraße", "Parkstraße", "Friedrichstraße",
        "Wilhelmstraße", "Luisenstraße", "Bergstraße", "Waldstraße", "Sonnenweg", "Mühlenweg", "Am Markt",
        "Lessingstraße", "Heinrich-Heine-Straße", "Uhlandstraße", "Feldstraße", "Wiesenweg", "Kantstraße",
        "Poststraße", "Schulstraße", "Blumenstraße", "Kölner Straße", "Bonner Straße", "Aachener Straße",
        "Severinstraße", "Venloer Straße", "Dürener Straße", "Ringstraße", "Lindenallee", "Tulpenweg",
        "Fliederweg", "Holunderweg", "Erlenweg", "Buchenweg", "Am Rosengarten", "Talstraße", "Rathausplatz",
    ];
}
