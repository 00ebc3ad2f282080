using FamilyContext.Plugin.Commands;
using FamilyContext.Plugin.Hosting;

if (FamilyContextCommands.Handles(args))
{
    return await FamilyContextCommands.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContentRoot.For(args) });
builder.Services.AddFamilyContext(builder.Configuration, builder.Environment);

var app = builder.Build();
app.UseFamilyContext();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
