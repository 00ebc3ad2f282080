# Family Context as a container image. Three stages:
#   styles  - Node builds the panel's styles (GOV.UK Frontend from npm, compiled by build-assets.mjs into wwwroot/lib);
#   build   - the .NET SDK publishes the service (Release), taking the styles from the first stage;
#   runtime - the ASP.NET Core runtime only, running as a non-root user, fit for a read-only root filesystem.
# No secret is built in: every secret comes from the environment at run time (manifests/kubernetes/).

FROM node:22-bookworm-slim AS styles
WORKDIR /src/FamilyContext.Plugin
COPY FamilyContext.Plugin/package.json FamilyContext.Plugin/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY FamilyContext.Plugin/build-assets.mjs ./
COPY FamilyContext.Plugin/Styles ./Styles
RUN npm run build --silent

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY eng ./eng
COPY docs/api/family-context-api.yaml ./docs/api/
COPY FamilyContext.Plugin.Abstractions ./FamilyContext.Plugin.Abstractions
COPY FamilyContext.Adapters.Http ./FamilyContext.Adapters.Http
COPY FamilyContext.Adapters.Mosaic ./FamilyContext.Adapters.Mosaic
COPY FamilyContext.Adapters.LiquidLogic ./FamilyContext.Adapters.LiquidLogic
COPY FamilyContext.Plugin ./FamilyContext.Plugin
COPY --from=styles /src/FamilyContext.Plugin/wwwroot/lib ./FamilyContext.Plugin/wwwroot/lib
# The styles are built already (stage "styles"): the SDK stage needs no Node.
RUN dotnet publish FamilyContext.Plugin/FamilyContext.Plugin.csproj -c Release -o /app -p:SkipFrontEndBuild=true

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The port the service listens on (plain http: TLS ends at the ingress); the Kubernetes manifests use the same.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_EnableDiagnostics=0 \
    TMPDIR=/tmp
EXPOSE 8080
# The image's unprivileged "app" user, by number so Kubernetes can check runAsNonRoot.
USER 1654
ENTRYPOINT ["dotnet", "FamilyContext.Plugin.dll"]
