namespace Connectors.Sandbox.Framework;

/// <summary>
/// The countries people come from, weighted roughly like a European/US D2C brand's customers.
/// Mobile ranges follow each numbering plan (libphonenumber accepts them; a test proves it).
/// </summary>
internal static class CountryProfiles
{
    public static readonly CountryProfile[] All =
    [
        new("US", "United States", "en", "en", 28,
            ["James", "Mary", "Michael", "Jennifer", "David", "Linda", "Chris", "Emily", "Daniel", "Ashley", "Matthew", "Sarah", "Joshua", "Jessica", "Andrew", "Megan"],
            ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "O'Brien"],
            ["New York", "Los Angeles", "Chicago", "Houston", "Seattle", "Boston", "Austin", "Miami"],
            Us),
        new("GB", "United Kingdom", "en", "en", 12,
            ["Oliver", "Amelia", "Harry", "Isla", "George", "Ava", "Jack", "Mia", "Charlie", "Grace", "Thomas", "Sophie"],
            ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes"],
            ["London", "Manchester", "Bristol", "Leeds", "Glasgow", "Edinburgh", "Liverpool"],
            Gb),
        new("DE", "Germany", "de", "de", 14,
            ["Lukas", "Anna", "Jonas", "Lea", "Leon", "Hannah", "Felix", "Marie", "Maximilian", "Sophie", "Jürgen", "Käthe", "Björn", "Lena"],
            ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Groß"],
            ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Leipzig"],
            De),
        new("FR", "France", "fr", "fr", 10,
            ["Gabriel", "Louise", "Raphaël", "Jade", "Léo", "Chloé", "Hugo", "Inès", "Arthur", "Léa", "Étienne", "Zoé"],
            ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Lefèvre", "Moreau", "Girard", "Rousseau"],
            ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille"],
            Fr),
        new("ES", "Spain", "es", "es", 7,
            ["Hugo", "Lucía", "Martín", "Sofía", "Mateo", "Martina", "José", "María", "Álvaro", "Paula", "Íñigo", "Carmen"],
            ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Muñoz", "Jiménez", "Ruiz"],
            ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga"],
            Es),
        new("IT", "Italy", "it", "it", 6,
            ["Leonardo", "Sofia", "Francesco", "Giulia", "Alessandro", "Aurora", "Lorenzo", "Ginevra", "Niccolò", "Beatrice"],
            ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "De Luca"],
            ["Roma", "Milano", "Napoli", "Torino", "Bologna", "Firenze"],
            It),
        new("NL", "Netherlands", "nl", "nl", 5,
            ["Daan", "Emma", "Sem", "Julia", "Lucas", "Mila", "Finn", "Tess", "Bram", "Sanne"],
            ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer"],
            ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen"],
            Nl),
        new("BR", "Brazil", "pt", "pt-BR", 6,
            ["Miguel", "Helena", "Arthur", "Alice", "Heitor", "Laura", "João", "Valentina", "Gonçalo", "Lívia"],
            ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gonçalves"],
            ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre"],
            Br),
        new("PL", "Poland", "pl", "pl", 4,
            ["Jan", "Zuzanna", "Jakub", "Julia", "Łukasz", "Małgorzata", "Wojciech", "Agnieszka", "Piotr", "Zofia"],
            ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Dąbrowski"],
            ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk"],
            Pl),
        new("JP", "Japan", "ja", "ja", 3,
            ["Haruto", "Yui", "Sota", "Hina", "Yuto", "Sakura", "Ren", "Aoi", "Kaito", "Mei"],
            ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato"],
            ["東京", "大阪", "横浜", "名古屋", "札幌", "福岡"],
            Jp),
        new("AU", "Australia", "en", "en", 5,
            ["Oliver", "Charlotte", "Noah", "Olivia", "William", "Isla", "Jack", "Amelia", "Liam", "Ruby"],
            ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Johnson", "Martin", "White"],
            ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"],
            Au),
    ];

    public static readonly int TotalWeight = All.Sum(c => c.Weight);

    public static CountryProfile Pick(ref DeterministicRandom random)
    {
        var roll = random.Next(TotalWeight);
        foreach (var country in All)
        {
            if (roll < country.Weight)
            {
                return country;
            }

            roll -= country.Weight;
        }

        return All[0];
    }

    private static (string, string) Us(ref DeterministicRandom r)
    {
        string[] areas = ["212", "310", "415", "617", "312", "206", "512", "305", "646", "718"];
        var area = r.Pick(areas);
        var exchange = r.Next(200, 1000);
        while (exchange % 100 == 11 || exchange == 555)
        {
            exchange = r.Next(200, 1000);
        }

        var line = r.Next(10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        return ($"+1{area}{exchange}{line}", $"({area}) {exchange}-{line}");
    }

    private static (string, string) Gb(ref DeterministicRandom r)
    {
        string[] prefixes = ["7400", "7500", "7800", "7912", "7723"];
        var digits = Digits(ref r, r.Pick(prefixes), 6);
        return ($"+44{digits}", $"0{digits.AsSpan(0, 4)} {digits.AsSpan(4)}");
    }

    private static (string, string) De(ref DeterministicRandom r)
    {
        string[] prefixes = ["151", "152", "160", "170", "176"];
        var digits = Digits(ref r, r.Pick(prefixes), 8);
        return ($"+49{digits}", $"0{digits.AsSpan(0, 3)} {digits.AsSpan(3)}");
    }

    private static (string, string) Fr(ref DeterministicRandom r)
    {
        string[] prefixes = ["60", "61", "62", "64", "65", "66", "67", "68"];
        var d = Digits(ref r, r.Pick(prefixes), 7);
        return ($"+33{d}", $"0{d[0]} {d.AsSpan(1, 2)} {d.AsSpan(3, 2)} {d.AsSpan(5, 2)} {d.AsSpan(7, 2)}");
    }

    private static (string, string) Es(ref DeterministicRandom r)
    {
        var d = Digits(ref r, "6", 8);
        return ($"+34{d}", $"{d.AsSpan(0, 3)} {d.AsSpan(3, 2)} {d.AsSpan(5, 2)} {d.AsSpan(7, 2)}");
    }

    private static (string, string) It(ref DeterministicRandom r)
    {
        string[] prefixes = ["32", "33", "34", "35", "36", "38"];
        var d = Digits(ref r, r.Pick(prefixes), 8);
        return ($"+39{d}", $"{d.AsSpan(0, 3)} {d.AsSpan(3, 3)} {d.AsSpan(6)}");
    }

    private static (string, string) Nl(ref DeterministicRandom r)
    {
        string[] prefixes = ["61", "62", "63", "64", "65"];
        var d = Digits(ref r, r.Pick(prefixes), 7);
        return ($"+31{d}", $"0{d[0]} {d.AsSpan(1)}");
    }

    private static (string, string) Br(ref DeterministicRandom r)
    {
        string[] areas = ["11", "21", "31", "41", "51"];
        var area = r.Pick(areas);
        var d = Digits(ref r, "9", 8);
        return ($"+55{area}{d}", $"({area}) {d.AsSpan(0, 5)}-{d.AsSpan(5)}");
    }

    private static (string, string) Pl(ref DeterministicRandom r)
    {
        string[] prefixes = ["50", "51", "53", "60", "69", "72", "88"];
        var d = Digits(ref r, r.Pick(prefixes), 7);
        return ($"+48{d}", $"{d.AsSpan(0, 3)} {d.AsSpan(3, 3)} {d.AsSpan(6)}");
    }

    private static (string, string) Jp(ref DeterministicRandom r)
    {
        string[] prefixes = ["90", "80", "70"];
        var d = Digits(ref r, r.Pick(prefixes) + (char)('1' + r.Next(9)), 7);
        return ($"+81{d}", $"0{d.AsSpan(0, 2)}-{d.AsSpan(2, 4)}-{d.AsSpan(6)}");
    }

    private static (string, string) Au(ref DeterministicRandom r)
    {
        string[] prefixes = ["412", "413", "421", "433", "450"];
        var d = Digits(ref r, r.Pick(prefixes), 6);
        return ($"+61{d}", $"0{d.AsSpan(0, 3)} {d.AsSpan(3, 3)} {d.AsSpan(6)}");
    }

    private static string Digits(ref DeterministicRandom r, string prefix, int count)
    {
        Span<char> digits = stackalloc char[prefix.Length + count];
        prefix.CopyTo(digits);
        for (var i = prefix.Length; i < digits.Length; i++)
        {
            digits[i] = (char)('0' + r.Next(10));
        }

        return new string(digits);
    }
}
