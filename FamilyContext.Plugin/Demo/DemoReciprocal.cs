using FamilyContext.Plugin.Abstractions;

namespace FamilyContext.Plugin.Demo;

/// <summary>
/// A demo CMS link as seen from its other side, as Mosaic keeps a reciprocal for every relationship: "Mother : Daughter"
/// read from the mother is "Daughter : Mother". Only symmetric types keep their normalised type; the rest are Other
/// (the normalised set has no "child of"), with the reversed wording shown.
/// </summary>
internal static class DemoReciprocal
{
    public static DemoCmsLink Of(DemoCmsLink link, Gender otherGender) => link with
    {
        Code = $"{link.Code}_RECIPROCAL",
        Wording = Wording(link, otherGender),
        Type = link.Type is RelationshipType.Sibling or RelationshipType.HalfSibling or RelationshipType.HouseholdMember or RelationshipType.Other
            ? link.Type
            : RelationshipType.Other,
    };

    private static string Wording(DemoCmsLink link, Gender otherGender) => link.Code switch
    {
        "SIBLING" => $"Sibling : {(otherGender == Gender.Female ? "Sister" : "Brother")}",
        "STEPPARENT" => "Step-child",
        "PARTNER_OF_PARENT" => "Child of partner",
        "EX_PARTNER_OF_PARENT" => "Child of ex-partner",
        _ when link.Wording.Split(" : ") is [var first, var second] => $"{second} : {first}",
        _ => link.Wording,
    };
}
