namespace FamilyContext.Plugin.Demo;

/// <summary>Word lists for the synthetic council. Every organisation and street here is made up.</summary>
internal static class DemoNames
{
    public static readonly string[] Female =
    [
        "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Willow", "Freya",
        "Florence", "Emily", "Ella", "Poppy", "Evie", "Elsie", "Charlotte", "Evelyn", "Sienna", "Daisy", "Phoebe", "Sofia",
        "Alice", "Harper", "Matilda", "Ruby", "Emilia", "Maya", "Millie", "Aisha", "Zara", "Amira", "Hannah", "Chloe",
        "Jessica", "Sarah", "Laura", "Rebecca", "Emma", "Gemma", "Claire", "Joanne", "Nicola", "Kelly", "Lisa", "Michelle",
        "Karen", "Donna", "Julie", "Susan", "Elizabeth", "Margaret", "Patricia", "Deborah", "Samantha", "Victoria", "Leanne",
        "Kirsty", "Stacey", "Natalie", "Danielle", "Megan", "Bethany", "Jade", "Shannon", "Courtney", "Priya", "Fatima",
    ];

    public static readonly string[] Male =
    [
        "Noah", "Muhammad", "Oliver", "George", "Leo", "Arthur", "Oscar", "Harry", "Theodore", "Jack", "Henry", "Charlie",
        "Freddie", "Alfie", "Thomas", "Jacob", "Archie", "Finley", "Lucas", "Isaac", "Tommy", "Teddy", "Reggie", "Albie",
        "Joshua", "James", "William", "Daniel", "Samuel", "Joseph", "Ethan", "Mason", "Logan", "Riley", "Dylan", "Callum",
        "Liam", "Ryan", "Jamie", "Craig", "Darren", "Lee", "Wayne", "Dean", "Mark", "Paul", "Stephen", "David", "Andrew",
        "Michael", "Christopher", "Robert", "Richard", "Anthony", "Gary", "Kevin", "Jason", "Scott", "Shaun", "Adam",
        "Matthew", "Nathan", "Kieran", "Connor", "Bradley", "Ahmed", "Imran", "Tariq", "Kwame", "Tomasz", "Piotr",
    ];

    public static readonly string[] Family =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson",
        "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis",
        "James", "Phillips", "Mason", "Mitchell", "Rose", "Davis", "Rodriguez", "Cox", "Alexander", "Morgan", "Moore",
        "Hughes", "Edwards", "Hill", "Harris", "Clark", "Turner", "Cooper", "Ward", "Morris", "King", "Baker", "Harrison",
        "Lee", "Martin", "Allen", "Young", "Scott", "Shaw", "Holmes", "Barker", "Kelly", "Bradley", "Hussain", "Begum",
        "Ali", "Ahmed", "Kowalski", "Nowak", "Murphy", "O'Brien", "Doyle", "Fletcher", "Marsden", "Openshaw", "Ashworth",
        "Whitehead", "Hargreaves", "Ramsbottom", "Kershaw", "Duckworth", "Pickup", "Entwistle", "Howarth", "Greenwood",
        "Booth-Hayes", "Lloyd-Jones", "Okafor", "Mensah", "Nguyen", "Singh", "Kaur", "Chowdhury", "Mahmood", "Byrne",
    ];

    public static readonly string[] Streets =
    [
        "Brinksway", "Hillcrest Road", "Lark Hill Road", "Vale Close", "Meadow Bank", "Mill Lane", "Church Street",
        "Chestnut Avenue", "Poplar Grove", "Station Road", "Heaton Lane", "Greg Street", "Lowndes Lane", "Marsh Row",
        "Bankside Walk", "Foundry Street", "Cobden Road", "Peel Moat Road", "Ash Tree Close", "Kingsway", "Moorfield Drive",
        "Dial Park Road", "Turncroft Lane", "Hatherlow Way", "Ridge End Fold", "Cherry Tree Lane", "Bowden Close",
        "Weavers Court", "Canal Side", "Orchard Rise", "Beech Road", "Holly Bank", "Fernside", "Rowan Way", "Tiviot Way",
    ];

    public static readonly (string Town, string District)[] Towns =
    [
        ("Stockport", "SK1"), ("Stockport", "SK2"), ("Stockport", "SK3"), ("Heaton Moor", "SK4"), ("Reddish", "SK5"),
        ("Marple", "SK6"), ("Hazel Grove", "SK7"), ("Bramhall", "SK7"), ("Cheadle", "SK8"), ("Offerton", "SK2"),
    ];

    public static readonly (string Name, string Admission)[] Schools =
    [
        ("Brinnington Green Primary School", "Main"), ("Heaton Vale Primary School", "Main"),
        ("St Aidan's Catholic Primary School", "Main"), ("Offerton Hill Primary School", "Main"),
        ("Marple Ridge High School", "Main"), ("Reddish Park High School", "Main"), ("Cheadle Brook Academy", "Main"),
        ("Hazel Grove Learning Centre", "Off-site provision"), ("Tiviot Dale College", "Secondary"),
    ];

    public static readonly string[] Landlords =
    [
        "Mersey Valley Homes", "Pennine Edge Housing Association", "Goyt Side Housing Co-operative", "Council housing (demo)",
    ];

    public static readonly string[] OffenceTypes =
    [
        "Violence with injury", "Violence without injury", "Possession of weapons", "Robbery", "Other sexual offences", "Rape", "Homicide",
    ];

    public static readonly string[] PractitionerRoles =
    [
        "Tenancy officer", "Neighbourhood officer", "Social worker", "Senior practitioner", "Public protection officer", "Safeguarding officer",
    ];
}
