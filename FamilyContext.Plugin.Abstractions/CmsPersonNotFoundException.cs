namespace FamilyContext.Plugin.Abstractions;

/// <summary>The CMS holds no person with the requested id.</summary>
public sealed class CmsPersonNotFoundException : CmsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="personId">The opaque CMS id that was not found.</param>
    public CmsPersonNotFoundException(string personId)
        : base($"The CMS holds no person with id '{personId}'.") => PersonId = personId;

    /// <summary>The opaque CMS id that was not found.</summary>
    public string PersonId { get; }
}
