namespace Omov.Data.Generation;

/// <summary>Small made-up or common name lists for synthetic registers; no real person is meant.</summary>
internal static class Names
{
    public static readonly string[] Women =
    [
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Sophie", "Emily", "Ella", "Freya", "Lily", "Chloe", "Jessica", "Ruby",
        "Hannah", "Sarah", "Rachel", "Laura", "Emma", "Claire", "Helen", "Karen", "Susan", "Margaret", "Patricia", "Elizabeth",
        "Mary", "Anne", "Jane", "Catherine", "Fiona", "Aisha", "Fatima", "Priya", "Anjali", "Nadia", "Zainab", "Amira", "Precious",
        "Chidinma", "Siobhan", "Niamh", "Bethan", "Cerys", "Eilidh", "Morag", "Rhiannon", "Angela", "Diane", "Janet", "Dawn",
    ];

    public static readonly string[] Men =
    [
        "Oliver", "George", "Harry", "Jack", "Noah", "Leo", "Arthur", "Oscar", "Charlie", "Thomas", "James", "William", "David",
        "John", "Michael", "Peter", "Paul", "Robert", "Richard", "Stephen", "Andrew", "Mark", "Ian", "Gary", "Kevin", "Neil",
        "Daniel", "Matthew", "Christopher", "Mohammed", "Ali", "Imran", "Raj", "Sanjay", "Kwame", "Tunde", "Chinedu", "Darren",
        "Gareth", "Rhys", "Dafydd", "Iwan", "Callum", "Euan", "Hamish", "Ewan", "Sean", "Liam", "Patrick", "Tony", "Keith",
    ];

    public static readonly string[] Surnames =
    [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson",
        "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel",
        "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker",
        "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young",
        "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller",
        "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Ahmed", "Hussain",
        "Ali", "Okafor", "Mensah", "Campbell", "Stewart", "MacDonald", "Reid", "Murray", "Ross", "Fraser", "Hamilton", "Graham",
        "O'Brien", "O'Connor", "Doyle", "Llewellyn", "Pritchard", "Howells", "Rees", "Jenkins", "Powell", "Owen", "Chowdhury",
        "Nguyen", "Kowalski", "Nowak", "Da Silva", "Ferreira", "Mahmood", "Igwe", "Osei", "Brennan", "Quinn",
    ];

    public static readonly string[] Places =
    [
        "Ashby", "Brackley", "Carnford", "Dunmere", "Eastwick", "Fenby", "Glenmoor", "Harwood", "Ingleby", "Kettlewell",
        "Langdon", "Marston", "Northam", "Oakhurst", "Pendle Vale", "Queensbury", "Radford", "Stanmoor", "Thornbury", "Upton",
        "Wexcombe", "Yarwell", "Aldermoor", "Bramhope", "Coldbrook", "Denholme", "Elmstead", "Foxley", "Greyford", "Holbeck",
        "Ivybridge", "Kingsmead", "Lowther", "Millbrook", "Newbold", "Ormsby", "Penwortham", "Redhill", "Saltmarsh", "Tilbrook",
    ];

    public static readonly string[] Quarters = ["North", "South", "East", "West", "Central", "and District", "Rural", "Town"];

    public static readonly string[] Streets =
    [
        "High", "Church", "Station", "Mill", "Park", "Victoria", "Green", "Manor", "Chapel", "School", "Queen's", "King's",
        "Albert", "Windsor", "Orchard", "Meadow", "Bridge", "Castle", "Market", "York", "Grange", "Beech", "Oak", "Elm",
    ];

    public static readonly string[] StreetKinds = ["Street", "Road", "Lane", "Avenue", "Close", "Way", "Crescent", "Drive", "Gardens", "Terrace"];

    public static readonly string[] Domains = ["example.org", "example.com", "example.net", "mail.example", "post.example"];
}
