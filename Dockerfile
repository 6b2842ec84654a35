# Build: the SDK image plus Node.js, which the build uses to install the Banana Cake Pop IDE bundle.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /source
COPY . .
RUN dotnet publish src/Casavi.GraphQL -c Release -o /app

# Run: the same publish output that CI starts and queries (.ci/run, "published gateway" step).
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "Casavi.GraphQL.dll"]
