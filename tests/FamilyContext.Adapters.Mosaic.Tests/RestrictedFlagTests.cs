using FamilyContext.Adapters.Http;
using Xunit;

namespace FamilyContext.Adapters.Mosaic.Tests;

/// <summary>A restricted flag the adapter does not recognise must keep the record restricted, never open it.</summary>
public sealed class RestrictedFlagTests
{
    [Theory]
    [InlineData("Y")]
    [InlineData("yes")]
    [InlineData("True")]
    [InlineData("1")]
    [InlineData("R")]
    [InlineData("RESTRICTED")]
    [InlineData("T")]
    public void Anything_but_an_explicit_no_is_restricted(string value) => Assert.True(CmsJson.ToRestrictedFlag(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("N")]
    [InlineData("no")]
    [InlineData("False")]
    [InlineData("0")]
    public void An_explicit_no_or_no_value_is_unrestricted(string? value) => Assert.False(CmsJson.ToRestrictedFlag(value));
}
