namespace FamilyContext.Adapters.Http;

/// <summary>What a blank or missing restricted flag means for one CMS, as its documentation states.</summary>
public enum RestrictedFlagMeaning
{
    /// <summary>The person is restricted. The safe reading, and the default.</summary>
    Restricted,

    /// <summary>The person is not restricted. Declare this only where the CMS's documentation says so.</summary>
    NotRestricted,
}
