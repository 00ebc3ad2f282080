using System.Security.Cryptography;
using System.Text;
using FamilyContext.Plugin.Abstractions;
using FamilyContext.Plugin.Lookup.Matching;
using FamilyContext.Plugin.Services;

namespace FamilyContext.Plugin.Lookup.Caching;

/// <summary>
/// A cache key that holds no personal data: a SHA-256 of the service, the extract generation, the matcher version
/// and every detail of the person the match depends on — so an edit in the CMS, a new extract or new matching
/// rules each lead to a fresh lookup.
/// </summary>
internal static class LookupCacheKey
{
    private const string Format = "fc-lookup-1";

    public static string For(ServiceDefinition service, CmsPerson person, string generation)
    {
        var identity = string.Join('\u001f',
            Format, service.Id, service.Source, generation, PersonMatcher.Version,
            person.Id, person.FirstName, person.FamilyName, person.DateOfBirth?.DayNumber, person.Gender,
            person.Address?.Postcode, person.NhsNumber, person.Upn, person.PersonKey);
        return "fc:lookup:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
    }
}
