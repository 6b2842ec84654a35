# The gateway's image. CI cannot run Docker; .ci/published-smoke publishes with the same commands
# and flags and starts the output with this file's ENTRYPOINT and environment, and
# tests/Casavi.GraphQL.Tests/Hosting/DockerfileTests.cs checks this file's contract.

# ---- build: the .NET SDK plus Node.js/npm, which install the Banana Cake Pop IDE bundle.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /source

# NuGet restore from the project files only: this layer is reused until a dependency changes.
COPY global.json nuget.config Directory.Build.props Directory.Packages.props ./
COPY src/Casavi.Contract/Casavi.Contract.csproj src/Casavi.Contract/
COPY src/Casavi.Client/Casavi.Client.csproj src/Casavi.Client/
COPY src/Casavi.Sandbox/Casavi.Sandbox.csproj src/Casavi.Sandbox/
COPY src/Casavi.GraphQL/Casavi.GraphQL.csproj src/Casavi.GraphQL/
RUN dotnet restore src/Casavi.GraphQL

# The IDE bundle from the committed lock file: reused until the lock file changes. npm writes
# node_modules/.package-lock.json last, which is the stamp the build's install target checks,
# so the publish below does not install again.
WORKDIR /source/src/Casavi.GraphQL/Ide
COPY src/Casavi.GraphQL/Ide/package.json src/Casavi.GraphQL/Ide/package-lock.json src/Casavi.GraphQL/Ide/.npmrc ./
RUN npm ci --no-audit --no-fund
WORKDIR /source

# Everything else (.dockerignore keeps out bin/, obj/, node_modules/, tests/), then publish without symbols.
COPY . .
RUN dotnet publish src/Casavi.GraphQL -c Release --no-restore -p:DebugType=none -p:DebugSymbols=false -o /app

# ---- run: the ASP.NET Core runtime only, as the image's non-root user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# Production refuses to start without casavi settings: pass Casavi__BaseUrl, Casavi__Key and
# Casavi__Secret, or Casavi__Upstream=Sandbox for the embedded sandbox. The base image's
# ASPNETCORE_HTTP_PORTS is cleared so that ASPNETCORE_URLS alone decides, without a start-up warning.
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS=
# The base image's user "app", by its numeric id so that Kubernetes' runAsNonRoot can verify it.
USER $APP_UID
EXPOSE 8080
# The image has no curl: the gateway probes its own /health/live (exit 0 on 200, 1 otherwise).
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["dotnet", "Casavi.GraphQL.dll", "--health-check"]
ENTRYPOINT ["dotnet", "Casavi.GraphQL.dll"]
