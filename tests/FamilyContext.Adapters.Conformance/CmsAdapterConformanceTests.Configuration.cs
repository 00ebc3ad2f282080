using Microsoft.Extensions.Options;
using Xunit;

namespace FamilyContext.Adapters.Conformance;

public abstract partial class CmsAdapterConformanceTests
{
    [Fact]
    public void Missing_settings_stop_start_up_with_a_message_naming_each_setting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => CreateAdapter(("BaseUrl", null), ("ClientSecret", null), ("PageSize", "0")));

        Assert.Contains($"{ConfigurationSection}:BaseUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{ConfigurationSection}:ClientSecret", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{ConfigurationSection}:PageSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapping_file_that_maps_numeric_type_ids_is_refused()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "duplicateCodes: [DUPLICATE]\nrelationships:\n  - { code: '17', type: Parent }\n");

            var error = Assert.Throws<InvalidOperationException>(() => CreateAdapter(("MappingFile", file)));

            Assert.Contains("numeric type id '17'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
