namespace FamilyContext.Plugin.Lookup.Matching;

/// <summary>Common English forename variants, as name keys (upper case letters). Each line is one group.</summary>
internal static class Nicknames
{
    private static readonly string[] Groups =
    [
        "ELIZABETH LIZ LIZZIE BETH BETTY ELIZA LIBBY",
        "ROBERT ROB BOB BOBBY ROBBIE",
        "WILLIAM WILL BILL BILLY LIAM",
        "JAMES JIM JIMMY JAMIE",
        "MARGARET MAGGIE MEG PEGGY",
        "KATHERINE CATHERINE KATE KATIE KATHY CATH",
        "MICHAEL MIKE MICK MICKY",
        "THOMAS TOM TOMMY",
        "RICHARD RICH RICK DICK RICKY",
        "JOSEPH JOE JOEY",
        "DANIEL DAN DANNY",
        "CHRISTOPHER CHRIS KIT",
        "ALEXANDER ALEX SANDY XANDER",
        "ALEXANDRA ALEX LEXI SANDRA",
        "REBECCA BECKY BECCA",
        "SAMANTHA SAM SAMMY",
        "SAMUEL SAM SAMMY",
        "VICTORIA VICKY TORI",
        "JENNIFER JEN JENNY",
        "ANTHONY TONY ANT",
        "EDWARD ED EDDIE TED TEDDY",
        "NICHOLAS NICK NICKY",
        "STEPHEN STEVEN STEVE",
        "MATTHEW MATT",
        "ANDREW ANDY DREW",
        "JONATHAN JON JONNY",
        "DAVID DAVE DAVEY",
        "SUSAN SUE SUZY",
        "DEBORAH DEBBIE DEB",
        "PATRICIA PAT TRISH PATSY",
        "JOSHUA JOSH",
        "OLIVIA LIV LIVVY",
        "CHARLOTTE CHARLIE LOTTIE",
        "CHARLES CHARLIE CHAS",
        "AMELIA AMY MILLIE",
        "ISABELLA ISABEL BELLA IZZY",
        "GEORGINA GEORGIE GINA",
        "HARRY HENRY HAL",
    ];

    private static readonly Dictionary<string, HashSet<int>> GroupsByName = Build();

    public static bool AreVariants(string a, string b) =>
        GroupsByName.TryGetValue(a, out var ga) && GroupsByName.TryGetValue(b, out var gb) && ga.Overlaps(gb);

    private static Dictionary<string, HashSet<int>> Build()
    {
        var map = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Groups.Length; i++)
        {
            foreach (var name in Groups[i].Split(' '))
            {
                if (!map.TryGetValue(name, out var set))
                {
                    map[name] = set = [];
                }

                set.Add(i);
            }
        }

        return map;
    }
}
