using FamilyContext.Plugin.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddFamilyContext(builder.Configuration, builder.Environment);

var app = builder.Build();
app.UseFamilyContext();
await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
